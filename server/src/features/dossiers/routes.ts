/** The dossiers feature: push API and file import for the one-door software, public look-ups for kiosk and display. */
import express, { type Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { limitLookup } from '../../app/limits';
import { ApiFailure, parseInput } from '../../http/errors';
import { json, requireRole } from '../../http/principal';
import type { Feature } from '../feature';
import type { DossierImportPreview, DossierImportProgress } from '../../contract';
import { importSheetGradually } from './import';
import { guessColumns, type ColumnMapping } from './mapping';
import { parseCsv, parseXlsx, type Sheet } from './sheet';
import { lookupDossier, upsertDossiers } from './store';
import { readyBoard } from './ready-board';
import { toDossier, type RawDossier } from './validate';

// The one-door software pushes with an `integration` device token; supervisors and admins import files (/admin's Hồ sơ tab).
const WRITERS = ['integration', 'supervisor', 'admin'] as const;
const value = z.union([z.string(), z.null()]).optional();
const dossierBody = z.object({
  code: z.string().optional(), procedureCode: value, procedureName: value, field: value, applicantName: value, channel: value,
  receivedDate: value, dueDate: value, status: value, resolvedDate: value, returnedDate: value,
  /** What the one-door software says about the dossier (papers still needed...): shown at the kiosk. */
  note: z.union([z.string().max(500), z.null()]).optional(),
});
const batchBody = z.object({ dossiers: z.array(dossierBody).min(1).max(5000) });
const codeParam = z.string().trim().min(1).max(64);
const importQuery = z.object({ format: z.enum(['csv', 'xlsx']), mapping: z.string().max(4000).optional() });
const mappingSchema = z.record(z.string(), z.enum(['code', 'procedureCode', 'procedureName', 'field', 'applicantName', 'channel',
  'receivedDate', 'dueDate', 'status', 'resolvedDate', 'returnedDate', 'note', '-']));

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
function dossierRoutes(r: Router, ctx: AppContext): void {
  let progress: DossierImportProgress | null = null;
  const db = ctx.queue.journal.db;

  const writers = requireRole(ctx, ...WRITERS);
  r.put('/dossiers/:code', writers, json((req) => {
    const code = parseInput(codeParam, req.params.code);
    const body = parseInput(dossierBody, req.body);
    if (body.code && body.code !== code) throw new ApiFailure(400, 'VALIDATION', 'Mã hồ sơ trong đường dẫn và nội dung khác nhau / code mismatch');
    const d = must({ ...body, code }, code);
    upsertDossiers(db, [d], 'api', ctx.now());
    return lookupDossier(db, code);
  }));
  r.post('/dossiers/batch', writers, json((req) => {
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
  // The role is checked before the raw body (up to 30 MB) is read.
  r.post('/dossiers/import', writers, raw, async (req, res) => {
    const q = parseInput(importQuery, req.query);
    const extra = readMapping(q.mapping);
    if (busy()) throw new ApiFailure(409, 'IMPORT_BUSY', 'Đang nhập một tệp khác, vui lòng chờ / another import is running');
    progress = { phase: 'reading', done: 0, total: 0 };
    try {
      const sheet = await readSheet(req, q.format);
      const result = await importSheetGradually(db, sheet, ctx.now(), extra, (p) => { progress = p; });
      progress = { phase: 'done', done: result.imported, total: result.total, result };
      ctx.log.info(`dossier import: ${result.imported}/${result.total} rows, ${result.errors.length} errors`);
      res.status(result.errors.length ? 422 : 200).json(result);
    } catch (e) {
      progress = null;
      throw e;
    }
  });
  // The import form's first step: the file's headings and what the known one-door headings say they are.
  r.post('/dossiers/import/preview', writers, raw, json(async (req) => {
    const sheet = await readSheet(req, parseInput(importQuery, req.query).format);
    const preview: DossierImportPreview = { header: sheet.header, headerLine: sheet.headerLine, rows: sheet.rows.length, guess: guessColumns(sheet.header) };
    return preview;
  }));
  // The import form moved into /admin (the Hồ sơ tab); old links (bookmarks, the report screen) land there, token dropped.
  r.get('/dossiers/import/view', (_req, res) => res.redirect(302, '/admin/dossiers'));
  r.get('/dossiers/import/status', writers, json((): DossierImportProgress => progress ?? { phase: 'idle', done: 0, total: 0 }));
  r.get('/dossiers/ready', json(() => readyBoard(ctx)));
  // Public: rate-limited per address, and only a code given in full answers (codes are sequential: no walking them).
  r.get('/dossiers/lookup/:code', json(async (req) => {
    await limitLookup(ctx, req.ip ?? '?');
    const d = lookupDossier(db, parseInput(codeParam, req.params.code));
    if (!d) throw new ApiFailure(404, 'UNKNOWN_DOSSIER', 'Không tìm thấy hồ sơ / no dossier with this code');
    return d;
  }));
}

export const dossiersFeature: Feature = { name: 'dossiers', routes: dossierRoutes };
