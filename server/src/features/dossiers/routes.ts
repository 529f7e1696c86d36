/** The dossiers feature: push API and file import for the one-door software, public look-ups for kiosk and display. */
import express, { type Router } from 'express';
import { z } from 'zod';
import { require } from '../../app/actions';
import type { AppContext } from '../../app/context';
import { ApiFailure, parseInput } from '../../http/errors';
import { jsonRoute as json, sendError, whoIs as principalOf } from './http';
import type { Feature } from '../feature';
import { importPage } from './import-page';
import { importSheetGradually, type ImportProgress, type ImportResult } from './import';
import { guessColumns, type ColumnMapping } from './mapping';
import { parseCsv, parseXlsx, type Sheet } from './sheet';
import { lookupDossier, readyDossiers, upsertDossiers } from './store';
import { toDossier, type RawDossier } from './validate';

// The one-door software pushes with an `integration` device token; supervisors and admins import files.
const WRITERS = ['integration', 'supervisor', 'admin'] as const;
/** Who may use the import page (a person, not the one-door software). */
const PEOPLE = ['supervisor', 'admin'] as const;
const value = z.union([z.string(), z.null()]).optional();
const dossierBody = z.object({
  code: z.string().optional(), procedureCode: value, procedureName: value, field: value, applicantName: value, channel: value,
  receivedDate: value, dueDate: value, status: value, resolvedDate: value, returnedDate: value,
});
const batchBody = z.object({ dossiers: z.array(dossierBody).min(1).max(5000) });
const codeParam = z.string().trim().min(1).max(64);
const importQuery = z.object({ format: z.enum(['csv', 'xlsx']), mapping: z.string().max(4000).optional() });
const mappingSchema = z.record(z.string(), z.enum(['code', 'procedureCode', 'procedureName', 'field', 'applicantName', 'channel',
  'receivedDate', 'dueDate', 'status', 'resolvedDate', 'returnedDate', '-']));

function must(raw: RawDossier, where: string) {
  const r = toDossier(raw);
  if (!r.ok) throw new ApiFailure(400, 'VALIDATION', `Hồ sơ không hợp lệ / invalid dossier ${where}: ${r.errors.join('; ')}`, r.errors.map((e) => `${where}: ${e}`));
  return r.dossier;
}

function readMapping(text: string | undefined): ColumnMapping {
  if (!text) return {};
  try { return parseInput(mappingSchema, JSON.parse(text)); } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure(400, 'VALIDATION', 'mapping phải là JSON {"Tên cột": "trường"} / mapping must be JSON');
  }
}

/** Adds the /api/dossiers routes. */
export function dossierRoutes(r: Router, ctx: AppContext): void {
  let progress: (ImportProgress & { result?: ImportResult }) | null = null;
  const db = ctx.queue.journal.db;

  r.put('/dossiers/:code', json((req) => {
    require(principalOf(ctx, req), [...WRITERS]);
    const code = parseInput(codeParam, req.params.code);
    const body = parseInput(dossierBody, req.body);
    if (body.code && body.code !== code) throw new ApiFailure(400, 'VALIDATION', 'Mã hồ sơ trong đường dẫn và nội dung khác nhau / code mismatch');
    const d = must({ ...body, code }, code);
    upsertDossiers(db, [d], 'api', ctx.now());
    return lookupDossier(db, code);
  }));
  r.post('/dossiers/batch', json((req) => {
    require(principalOf(ctx, req), [...WRITERS]);
    const { dossiers } = parseInput(batchBody, req.body);
    const errors: string[] = [];
    const good = dossiers.flatMap((raw, i) => {
      const res = toDossier(raw);
      if (!res.ok) { errors.push(`dossiers.${i} (${raw.code ?? '?'}): ${res.errors.join('; ')}`); return []; }
      return [res.dossier];
    });
    if (errors.length) throw new ApiFailure(400, 'VALIDATION', `Có ${errors.length} hồ sơ không hợp lệ, không ghi hồ sơ nào / nothing written`, errors);
    return { upserted: upsertDossiers(db, good, 'api', ctx.now()) };
  }));
  const raw = express.raw({ type: () => true, limit: '30mb' });
  const readSheet = async (req: express.Request, format: 'csv' | 'xlsx'): Promise<Sheet> => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (body.length === 0) throw new ApiFailure(400, 'VALIDATION', 'Tệp rỗng / empty body (send the file as the raw body)');
    return format === 'csv' ? parseCsv(body.toString('utf8')) : parseXlsx(body).catch(() => {
      throw new ApiFailure(400, 'BAD_FILE', 'Không đọc được tệp XLSX / not a readable XLSX file');
    });
  };
  const busy = () => progress !== null && progress.phase !== 'done';
  r.post('/dossiers/import', raw, async (req, res) => {
    let mine = false;
    try {
      require(principalOf(ctx, req), [...WRITERS]);
      const q = parseInput(importQuery, req.query);
      const extra = readMapping(q.mapping);
      if (busy()) throw new ApiFailure(409, 'IMPORT_BUSY', 'Đang nhập một tệp khác, vui lòng chờ / another import is running');
      mine = true;
      progress = { phase: 'reading', done: 0, total: 0 };
      const sheet = await readSheet(req, q.format);
      const result = await importSheetGradually(db, sheet, ctx.now(), extra, (p) => { progress = p; });
      progress = { phase: 'done', done: result.imported, total: result.total, result };
      ctx.log.info(`dossier import: ${result.imported}/${result.total} rows, ${result.errors.length} errors`);
      res.status(result.errors.length ? 422 : 200).json(result);
    } catch (e) {
      if (mine) progress = null;
      sendError(res, e);
    }
  });
  // The import page's first step: the file's headings and what the known one-door headings say they are.
  r.post('/dossiers/import/preview', raw, async (req, res) => {
    try {
      require(principalOf(ctx, req), [...WRITERS]);
      const sheet = await readSheet(req, parseInput(importQuery, req.query).format);
      res.json({ header: sheet.header, headerLine: sheet.headerLine, rows: sheet.rows.length, guess: guessColumns(sheet.header) });
    } catch (e) { sendError(res, e); }
  });
  r.get('/dossiers/import/view', (req, res) => {
    try {
      require(principalOf(ctx, req, true), [...PEOPLE]);
      const token = typeof req.query.token === 'string' ? req.query.token : null;
      res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer').type('html').send(importPage(token));
    } catch (e) { sendError(res, e); }
  });
  r.get('/dossiers/import/status', json((req) => {
    require(principalOf(ctx, req), [...WRITERS]);
    return progress ?? { phase: 'idle', done: 0, total: 0 };
  }));
  r.get('/dossiers/ready', json(() => readyDossiers(db)));
  r.get('/dossiers/lookup/:code', json((req) => {
    const d = lookupDossier(db, parseInput(codeParam, req.params.code));
    if (!d) throw new ApiFailure(404, 'UNKNOWN_DOSSIER', 'Không tìm thấy hồ sơ / no dossier with this code');
    return d;
  }));
}

export const dossiersFeature: Feature = { name: 'dossiers', routes: dossierRoutes };
