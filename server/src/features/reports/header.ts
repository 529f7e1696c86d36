/** The printed report's administrative heading: the config file's `report`, or what an admin saved in /admin (admin_settings `reportHeader`). */
import { reportHeaderSchema, type ReportHeader } from '@motcua/config';
import type { AppContext } from '../../app/context';
import { fieldChanges, writeSetting } from '../admin/settings';

const KEY = 'reportHeader';

/** The heading in effect: the admin's saved one, else the config file's. */
export function reportHeader(ctx: Pick<AppContext, 'config' | 'queue'>): ReportHeader {
  const saved = ctx.queue.journal.db.prepare('SELECT value FROM admin_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  const fromFile = ctx.config.report ?? reportHeaderSchema.parse({});
  if (saved === undefined) return fromFile;
  const r = reportHeaderSchema.safeParse(JSON.parse(saved));
  return r.success ? r.data : fromFile;
}

/** Saves the heading and writes who changed which line to the audit trail, in one transaction. */
export function saveReportHeader(ctx: Pick<AppContext, 'config' | 'queue'>, header: ReportHeader, by: string, at: number): ReportHeader {
  const db = ctx.queue.journal.db;
  db.transaction(() => {
    const what = fieldChanges(reportHeader(ctx), header).join('; ') || 'no change';
    writeSetting(db, KEY, JSON.stringify(header), by, at, `${KEY}: ${what}`);
  })();
  return header;
}
