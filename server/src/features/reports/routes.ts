/** The reports feature: JSON, CSV, XLSX, the report screen and the printable page, for supervisors and admins. */
import type { Request, Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allow } from '../../app/access';
import type { AppContext } from '../../app/context';
import { localParts } from '../../core/day';
import { ApiFailure, parseInput } from '../../http/errors';
import type { Report } from '../../contract/reports';
import type { Feature } from '../feature';
import { officeDaysOff, workCalendar, type CalendarConfig } from '../dossiers/calendar';
import { jsonRoute, sendError, whoIs } from '../dossiers/http';
import { dossiersUpTo } from '../dossiers/store';
import { reportCsv, reportXlsx } from './export';
import { loadRatings, loadTickets } from './load';
import { periodQuery, resolvePeriod } from './period';
import { reportHeader } from './header';
import { reportHeaderRoutes } from './header-routes';
import { printPage } from './print-page';
// The same scale the rating feature validates against (config `rating.scale`).
import { ratingLevels as levelsOf } from '../rating';
import { buildReport, namesFrom } from './report';
import { cssRoute, PRINT_CSS, PRINT_CSS_FILE, VIEW_CSS, VIEW_CSS_FILE } from './styles';
import { viewPage } from './view-page';

const READERS = ['supervisor', 'admin'] as const;
const FONT_FILE = /^be-vietnam-pro-(vietnamese|latin|latin-ext)-(400|700)-normal\.woff2$/;

function fontDir(): string | null {
  try { return join(dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json')), 'files'); } catch { return null; }
}

/**
 * The working-day calendar for dossier deadlines: the site config's office hours (hours.holidays and
 * hours.extraWorkdays, the same list the kiosk closes on); without hours, the built-in Vietnamese holidays.
 */
export function calendarFor(ctx: Pick<AppContext, 'config'>) {
  const { holidays: days, extraWorkdays } = officeDaysOff(ctx.config.hours);
  const holidays: CalendarConfig['holidays'] = {};
  for (const d of days) (holidays[d.slice(0, 4)] ??= []).push(d);
  return workCalendar({ holidays, extraWorkdays });
}

/** Builds the report the query asks for (period=day|month|quarter|year|custom, date=..., from/to=...). */
export function reportFor(ctx: AppContext, query: unknown): Report {
  const q = parseInput(periodQuery, query);
  const tz = ctx.config.timeZone;
  const today = localParts(ctx.now(), tz).date;
  let period;
  try { period = resolvePeriod(q, today); } catch (e) { throw new ApiFailure(400, 'VALIDATION', `${(e as Error).message} / bad period`); }
  const db = ctx.queue.journal.db;
  // Vietnam keeps +07:00 all year: the period's instants for ratings.
  const fromMs = Date.parse(`${period.from}T00:00:00+07:00`);
  const toMs = Date.parse(`${period.to}T00:00:00+07:00`) + 86_400_000;
  return buildReport({
    office: ctx.config.office.name, period, generatedAt: new Date(ctx.now()).toISOString(), timeZone: tz,
    dossiers: dossiersUpTo(db, period.to), ratings: loadRatings(db, fromMs, toMs), tickets: loadTickets(db, period.from, period.to),
    calendar: calendarFor(ctx), levels: levelsOf(ctx), names: namesFrom(ctx.config, (u) => ctx.auth.staffName(u)),
  });
}

const queryWithoutToken = (req: Request) => new URLSearchParams(Object.entries(req.query)
  .filter(([k, v]) => k !== 'token' && typeof v === 'string') as Array<[string, string]>).toString();
const fileName = (r: Report, ext: string) => `bao-cao-${r.period.key}.${ext}`;

/** Adds the /api/reports routes. Pages and downloads accept `?token=` (a link cannot send a header). */
function reportRoutes(r: Router, ctx: AppContext): void {
  const page = (fn: (req: Request, report: Report) => { type: string; body: string | Buffer; file?: string } | Promise<{ type: string; body: string | Buffer; file?: string }>) =>
    async (req: Request, res: import('express').Response) => {
      try {
        allow(whoIs(ctx, req, true), [...READERS]);
        const out = await fn(req, reportFor(ctx, req.query));
        res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer').type(out.type);
        if (out.file) res.attachment(out.file);
        res.send(out.body);
      } catch (e) { sendError(res, e); }
    };
  r.get('/reports', jsonRoute((req) => { allow(whoIs(ctx, req), [...READERS]); return reportFor(ctx, req.query); }));
  // The default CSV opens in Excel on a Vietnamese-locale PC; the RFC 4180 one is for software.
  r.get('/reports/export.csv', page((_q, rep) => ({ type: 'text/csv; charset=utf-8', body: reportCsv(rep, 'excel-vi'), file: fileName(rep, 'csv') })));
  r.get('/reports/export-rfc4180.csv', page((_q, rep) => ({
    type: 'text/csv; charset=utf-8; header=present', body: reportCsv(rep, 'rfc4180'), file: fileName(rep, 'rfc4180.csv'),
  })));
  r.get('/reports/export.xlsx', page(async (_q, rep) => ({
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await reportXlsx(rep), file: fileName(rep, 'xlsx'),
  })));
  r.get('/reports/print', page((_q, rep) => ({ type: 'html', body: printPage(rep, localParts(ctx.now(), ctx.config.timeZone).date, reportHeader(ctx)) })));
  r.get('/reports/view', page((req, rep) => ({
    type: 'html', body: viewPage(rep, queryWithoutToken(req), typeof req.query.token === 'string' ? req.query.token : null),
  })));
  r.get(`/reports/${VIEW_CSS_FILE}`, cssRoute(VIEW_CSS));
  r.get(`/reports/${PRINT_CSS_FILE}`, cssRoute(PRINT_CSS));
  const fonts = fontDir();
  r.get('/reports/fonts/:file', (req, res) => {
    const f = String(req.params.file);
    if (!fonts || !FONT_FILE.test(f)) return void res.status(404).end();
    res.set('cache-control', 'public, max-age=31536000, immutable').type('font/woff2').sendFile(join(fonts, f));
  });
}

export const reportsFeature: Feature = { name: 'reports', routes: (r, ctx) => { reportRoutes(r, ctx); reportHeaderRoutes(r, ctx); } };
