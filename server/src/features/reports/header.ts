/** The printed report's administrative heading: the config file's `report`, or what an admin saved in /admin (admin_settings `reportHeader`). */
import { reportHeaderSchema, type ReportHeader } from '@motcua/config';
import type { AppContext } from '../../app/context';
import { fieldChanges } from '../admin/settings';

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
    const before = reportHeader(ctx);
    db.prepare(`INSERT INTO admin_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
      .run(KEY, JSON.stringify(header), at, by);
    const what = fieldChanges(before, header).join('; ') || 'no change';
    db.prepare('INSERT INTO admin_audit (at, by, key, what) VALUES (?, ?, ?, ?)').run(at, by, KEY, `${KEY}: ${what}`);
  })();
  return header;
}
