/**
 * The hub's REST routes: POST /api/ingest (an office's hub token), the board (GET /api/offices, /board)
 * and the report (GET /api/report, /api/report/export.csv|export.xlsx|print|view) for the province's readers.
 * Pages take `?token=` since a link cannot send a header.
 */
import { type Request, type Response, Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { localParts } from '../../server/src/core/day';
import { ApiFailure, describeError, parseInput } from '../../server/src/http/errors';
import { ingestBatch } from '../../server/src/features/outbox/wire';
import { periodQuery, resolvePeriod } from '../../server/src/features/reports/period';
import { cssRoute, PRINT_CSS, PRINT_CSS_FILE, VIEW_CSS, VIEW_CSS_FILE } from '../../server/src/features/reports/styles';
import { boardRow } from './board';
import type { BoardRow, HubErrorBody, HubHealthView, IngestAnswer, ProvinceReport } from './contract';
import { BOARD_CSS, BOARD_SCRIPT } from './board-assets';
import { boardPage } from './board-page';
import type { HubContext } from './hub';
import { GapError, ingest } from './ingest';
import { BusyError } from './limiter';
import { loadRows } from './load';
import { getOffice, listOffices, officeByToken, readerByToken } from './offices';
import { groupReport, officeReport } from './province-report';
import { provinceCsv, provinceXlsx } from './report-files';
import { provincePrint, provinceView } from './report-pages';

const TZ = 'Asia/Ho_Chi_Minh';
const bearer = (req: Request) => /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? null;
const FONT_FILE = /^be-vietnam-pro-(vietnamese|latin|latin-ext)-(400|700)-normal\.woff2$/;
const scopeQuery = z.object({ office: z.string().max(40).optional(), district: z.string().max(160).optional() });

type Handler = (req: Request, res: Response) => Promise<void>;
const route = (fn: (req: Request, res: Response) => Promise<unknown>): Handler => async (req, res) => {
  try {
    const out = await fn(req, res);
    if (out !== undefined) res.json(out);
  } catch (e) {
    if (e instanceof GapError) return void res.status(409).json({ error: { code: 'GAP', message: e.message, lastSeq: e.lastSeq } } satisfies HubErrorBody);
    if (e instanceof BusyError) return void res.status(503).set('retry-after', '2').json({ error: { code: 'BUSY', message: e.message } } satisfies HubErrorBody);
    const { status, error } = describeError(e);
    res.status(status).json({ error } satisfies HubErrorBody);
  }
};

async function reader(ctx: HubContext, req: Request, allowQuery = false): Promise<string> {
  const token = bearer(req) ?? (allowQuery && typeof req.query.token === 'string' ? req.query.token : null);
  const who = token ? await readerByToken(ctx.pool, token) : null;
  if (!who) throw new ApiFailure(401, 'UNAUTHORIZED', 'Cần mã truy cập của người xem báo cáo / a reader token is required');
  return who;
}

/** The report a query asks for: ?office=CODE, ?district=NAME or the whole province, over ?period=&date= (or from/to). */
async function reportFor(ctx: HubContext, query: unknown): Promise<ProvinceReport> {
  const q = parseInput(periodQuery, query);
  const s = parseInput(scopeQuery, query);
  let period;
  try { period = resolvePeriod(q, localParts(ctx.now(), TZ).date); } catch (e) { throw new ApiFailure(400, 'VALIDATION', `${(e as Error).message} / bad period`); }
  const range = { from: period.from, to: period.to, fromMs: Date.parse(`${period.from}T00:00:00+07:00`), toMs: Date.parse(`${period.to}T00:00:00+07:00`) + 86_400_000 };
  const generatedAt = new Date(ctx.now()).toISOString();
  if (s.office) {
    const o = await getOffice(ctx.pool, s.office);
    if (!o) throw new ApiFailure(404, 'UNKNOWN_OFFICE', `Không có đơn vị ${s.office} / no such office`);
    return officeReport(o, (await loadRows(ctx.pool, [o.code], range)).get(o.code)!, period, generatedAt);
  }
  const all = await listOffices(ctx.pool);
  const offices = s.district ? all.filter((o) => o.district === s.district) : all;
  if (s.district && !offices.length) throw new ApiFailure(404, 'UNKNOWN_DISTRICT', `Không có đơn vị nào thuộc ${s.district} / no office in that district`);
  const rows = await loadRows(ctx.pool, offices.map((o) => o.code), range);
  return groupReport(s.district ?? 'Toàn tỉnh', offices, rows, period, generatedAt);
}

function fontDir(): string | null {
  try { return join(dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json')), 'files'); } catch { return null; }
}

/** The hub's routes. */
export function hubRoutes(ctx: HubContext): Router {
  const r = Router();
  r.get('/api/health', route(async (): Promise<HubHealthView> => { await ctx.pool.query('SELECT 1'); return { status: 'ok' }; }));
  r.post('/api/ingest', route(async (req): Promise<IngestAnswer> => {
    const token = bearer(req);
    const office = token ? await officeByToken(ctx.pool, token) : null;
    if (!office) throw new ApiFailure(401, 'UNAUTHORIZED', 'Mã của đơn vị không đúng / unknown office token');
    const batch = parseInput(ingestBatch, req.body);
    if (batch.office !== office) throw new ApiFailure(403, 'WRONG_OFFICE', `Mã này thuộc đơn vị ${office}, không phải ${batch.office} / token of another office`);
    const { result, office: row } = await ctx.writes.run(() => ingest(ctx.pool, office, batch, ctx.now(), ctx.hooks));
    ctx.publish(boardRow(row, ctx.now()));
    return { data: result };
  }));
  r.get('/api/offices', route(async (req): Promise<BoardRow[]> => { await reader(ctx, req); return (await listOffices(ctx.pool)).map((o) => boardRow(o, ctx.now())); }));
  r.get('/board', route(async (req, res) => {
    await reader(ctx, req, true);
    const rows = (await listOffices(ctx.pool)).map((o) => boardRow(o, ctx.now()));
    res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer').type('html').send(boardPage(rows, typeof req.query.token === 'string' ? req.query.token : null));
  }));
  r.get('/board.css', (_req, res) => { res.set('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(BOARD_CSS); });
  r.get('/board.js', (_req, res) => { res.set('cache-control', 'public, max-age=3600').type('text/javascript; charset=utf-8').send(BOARD_SCRIPT); });
  r.get('/', (req, res) => res.redirect(`/board${typeof req.query.token === 'string' ? `?token=${encodeURIComponent(req.query.token)}` : ''}`));
  r.get('/api/report', route(async (req): Promise<ProvinceReport> => { await reader(ctx, req); return reportFor(ctx, req.query); }));
  const page = (fn: (req: Request, p: ProvinceReport) => Promise<{ type: string; body: string | Buffer; file?: string }> | { type: string; body: string | Buffer; file?: string }) =>
    route(async (req, res) => {
      await reader(ctx, req, true);
      const out = await fn(req, await reportFor(ctx, req.query));
      res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer').type(out.type);
      if (out.file) res.attachment(out.file);
      res.send(out.body);
    });
  const name = (req: Request, p: ProvinceReport, ext: string) => {
    const s = scopeQuery.parse(req.query);
    const who = s.office ?? s.district ?? 'toan-tinh';
    return `bao-cao-${who.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9._-]+/g, '-')}-${p.report.period.key}.${ext}`;
  };
  r.get('/api/report/export.csv', page((req, p) => ({ type: 'text/csv; charset=utf-8', body: provinceCsv(p), file: name(req, p, 'csv') })));
  r.get('/api/report/export.xlsx', page(async (req, p) => ({ type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await provinceXlsx(p), file: name(req, p, 'xlsx') })));
  r.get('/api/report/print', page((_req, p) => ({ type: 'html', body: provincePrint(p, localParts(ctx.now(), TZ).date) })));
  r.get('/api/report/view', page((req, p) => {
    const s = scopeQuery.parse(req.query);
    const scope = Object.fromEntries(Object.entries(s).filter(([, v]) => v)) as Record<string, string>;
    const query = new URLSearchParams(Object.entries(req.query).filter(([k, v]) => k !== 'token' && typeof v === 'string') as Array<[string, string]>).toString();
    return { type: 'html', body: provinceView(p, scope, query, typeof req.query.token === 'string' ? req.query.token : null) };
  }));
  r.get(`/api/report/${VIEW_CSS_FILE}`, cssRoute(VIEW_CSS));
  r.get(`/api/report/${PRINT_CSS_FILE}`, cssRoute(PRINT_CSS));
  const fonts = fontDir();
  // The board's page asks for the fonts where the office's pages have them (/api/reports/fonts).
  r.get(['/api/report/fonts/:file', '/api/reports/fonts/:file'], (req, res) => {
    const f = String(req.params.file);
    if (!fonts || !FONT_FILE.test(f)) return void res.status(404).end();
    res.set('cache-control', 'public, max-age=31536000, immutable').type('font/woff2').sendFile(join(fonts, f));
  });
  r.use('/api', (_req, res) => { res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Không có địa chỉ này / no such route' } } satisfies HubErrorBody); });
  return r;
}
