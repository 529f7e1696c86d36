/**
 * /api/admin/catalog: list, search, edit, add and delete the kiosk's procedures. Edits are kept by code in
 * admin_settings (key `catalog`, with who and when) and applied over the catalog folder (features/catalog.ts).
 * Import and export a whole catalog as JSON or CSV: an import that passes every check replaces the catalog folder's
 * (key `catalogBase`) and clears the edits; one bad row and nothing changes (422, every bad row named by its line).
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { checkProcedureEdit, CODE_PATTERN, fieldSchema, formatProblem, procedureSchema, type Catalog, type Field, type Procedure } from '@motcua/config/catalog';
import { fold } from '@motcua/config/fold';
import type { AppContext } from '../../app/context';
import { ApiFailure, parseInput } from '../../http/errors';
import { exportCatalog } from '@motcua/config/catalog-io';
import { effectiveCatalog, setBaseCatalog } from '../catalog';
import type { CatalogImportProgress, CatalogImportResult, CatalogListView } from '../../contract';
import { checkCatalogFile } from './catalog-import';
import { json, principalOf } from './http';
import { loadOverrides, saveCatalogImport, saveOverride } from './settings';

const fieldIdParam = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'mã lĩnh vực: chữ thường, số, - hoặc _');
const codeParam = z.string().regex(CODE_PATTERN, 'mã thủ tục dạng 1.001193 hoặc XA-...');
const listQuery = z.object({ q: z.string().max(120).optional(), field: z.string().max(40).optional() });
const vi = z.locales.vi().localeError;
const formatQuery = z.object({ format: z.enum(['json', 'csv']) });
const turn = () => new Promise<void>((ok) => setImmediate(ok));

/** The uploaded bytes as text: UTF-8 (a BOM is fine) or UTF-16 ("Unicode Text" from Excel). */
function decodeFile(body: unknown): string {
  const buf = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (buf.length === 0) throw new ApiFailure(400, 'VALIDATION', 'Tệp rỗng / empty body (send the file as the raw body)');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new ApiFailure(400, 'BAD_FILE', 'Tệp không phải UTF-8: trong Excel hãy lưu dạng "CSV UTF-8" / the file is not UTF-8 text');
  }
}

const notFound = (code: string): never => { throw new ApiFailure(404, 'NOT_FOUND', `Không có thủ tục "${code}" / no such procedure`); };
const invalid = (details: string[]): never => {
  throw new ApiFailure(400, 'VALIDATION', `Thủ tục không hợp lệ / invalid procedure: ${details.join('; ')}`, details);
};

/** Parses a procedure with the catalog's own schema (Vietnamese messages). */
function parseProcedure(body: unknown): Procedure {
  const r = procedureSchema.safeParse(body ?? {}, { error: vi });
  if (!r.success) invalid(r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`));
  return r.data!;
}

/** Adds the catalog routes; `changed` runs after each saved edit (serve the new catalog, tell the kiosks). */
export function catalogRoutes(r: Router, ctx: AppContext, changed: () => void): void {
  const db = ctx.queue.journal.db;
  const find = (code: string) => effectiveCatalog(ctx).procedures.find((p) => p.code === code);
  /** Checks the edit against the catalog in effect (its field and service queue exist), then saves it. */
  const saveEdit = (req: Parameters<Parameters<typeof json>[0]>[0], edit: Procedure | { code: string; deleted: true }) => {
    const edits = [...(loadOverrides(db).catalog ?? []).filter((e) => e.code !== edit.code), edit];
    if (!('deleted' in edit)) {
      const problems = checkProcedureEdit(edit, effectiveCatalog(ctx).fields, { serviceIds: ctx.config.services.map((s) => s.id) });
      if (problems.length) invalid(problems.map((p) => formatProblem(p)));
    }
    const p = principalOf(ctx, req);
    saveOverride(db, 'catalog', edits, p?.kind === 'staff' ? p.username : 'admin', ctx.now(), find);
    changed();
  };

  /**
   * Adds a field (lĩnh vực) or renames one. The field is parsed by its schema, a new id is refused when taken and an
   * id never changes, so no procedure can lose its field: nothing else to check.
   */
  const saveField = (req: Parameters<Parameters<typeof json>[0]>[0], field: Field) => {
    const o = loadOverrides(db);
    const fieldEdits = [...(o.catalogFields ?? []).filter((f) => f.id !== field.id), field];
    const p = principalOf(ctx, req);
    saveOverride(db, 'catalogFields', fieldEdits, p?.kind === 'staff' ? p.username : 'admin', ctx.now(),
      (id) => effectiveCatalog(ctx).fields.find((f) => f.id === id));
    changed();
  };
  const parseField = (body: unknown): Field => {
    const r = fieldSchema.safeParse(body ?? {}, { error: vi });
    if (!r.success) invalid(r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`));
    return r.data!;
  };
  r.post('/admin/catalog/fields', json((req) => {
    const f = parseField(req.body);
    if (effectiveCatalog(ctx).fields.some((x) => x.id === f.id)) throw new ApiFailure(409, 'DUPLICATE', `Lĩnh vực "${f.id}" đã có / already exists`);
    saveField(req, f);
    return f;
  }, 201));
  r.put('/admin/catalog/fields/:id', json((req) => {
    const id = parseInput(fieldIdParam, req.params.id);
    if (!effectiveCatalog(ctx).fields.some((x) => x.id === id)) throw new ApiFailure(404, 'NOT_FOUND', `Không có lĩnh vực "${id}" / no such field`);
    const f = parseField(req.body);
    if (f.id !== id) invalid([`id: mã lĩnh vực không đổi được (${id}) / the id cannot change`]);
    saveField(req, f);
    return f;
  }));

  r.get('/admin/catalog', json((req) => {
    const { q, field } = parseInput(listQuery, req.query);
    const c = effectiveCatalog(ctx);
    const edited = new Set((loadOverrides(db).catalog ?? []).map((e) => e.code));
    const words = fold(q ?? '').split(' ').filter(Boolean);
    const procedures = c.procedures
      .filter((p) => !field || p.field === field)
      .filter((p) => { const hay = fold(`${p.code} ${p.name} ${p.keywords.join(' ')}`); return words.every((w) => hay.includes(w)); })
      .map((p) => ({ code: p.code, name: p.name, field: p.field, serviceId: p.serviceId, edited: edited.has(p.code) }));
    const view: CatalogListView = { fields: c.fields, total: c.procedures.length, procedures };
    return view;
  }));
  r.get('/admin/catalog/procedures/:code', json((req) => {
    const code = parseInput(codeParam, req.params.code);
    return find(code) ?? notFound(code);
  }));
  r.post('/admin/catalog/procedures', json((req) => {
    const p = parseProcedure(req.body);
    if (find(p.code)) throw new ApiFailure(409, 'DUPLICATE', `Thủ tục "${p.code}" đã có / already exists`);
    saveEdit(req, p);
    return find(p.code);
  }, 201));
  r.put('/admin/catalog/procedures/:code', json((req) => {
    const code = parseInput(codeParam, req.params.code);
    if (!find(code)) notFound(code);
    const p = parseProcedure(req.body);
    if (p.code !== code) invalid([`code: mã thủ tục không đổi được (${code}) / the code cannot change`]);
    saveEdit(req, p);
    return find(code);
  }));
  r.delete('/admin/catalog/procedures/:code', json((req) => {
    const code = parseInput(codeParam, req.params.code);
    if (!find(code)) notFound(code);
    saveEdit(req, { code, deleted: true });
    return { ok: true };
  }));

  r.get('/admin/catalog/export', (req, res) => {
    const { format } = parseInput(formatQuery, req.query);
    const day = new Date(ctx.now()).toISOString().slice(0, 10);
    res.set('Content-Disposition', `attachment; filename="danh-muc-thu-tuc-${day}.${format}"`).set('Cache-Control', 'no-store')
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
      .send(exportCatalog(effectiveCatalog(ctx), format)); // the CSV starts with a BOM, so Excel reads Vietnamese right
  });

  // One import at a time; the admin's page polls the status while the file is checked (as the dossier import does).
  let progress: CatalogImportProgress | null = null;
  const raw = express.raw({ type: () => true, limit: '20mb' });
  // The admin check (features/admin.ts) runs before the raw body is read; errors go to the one error middleware.
  r.post('/admin/catalog/import', raw, async (req, res) => {
    const { format } = parseInput(formatQuery, req.query);
    if (progress && progress.phase !== 'done') throw new ApiFailure(409, 'IMPORT_BUSY', 'Đang nhập một tệp khác, vui lòng chờ / another import is running');
    progress = { phase: 'reading', done: 0, total: 0 };
    try {
      const text = decodeFile(req.body);
      const checked = await checkCatalogFile(text, format, ctx.config.services.map((s) => s.id), ctx.log, (done, total) => {
        progress = { phase: 'checking', done, total };
      });
      if (!checked.ok) {
        const result: CatalogImportResult = { imported: 0, errors: checked.errors };
        progress = { phase: 'done', done: 0, total: progress.total, result };
        return void res.status(422).json(result);
      }
      progress = { phase: 'saving', done: checked.count, total: checked.count };
      const catalog = JSON.parse(checked.json) as Catalog;
      await turn();
      const p = principalOf(ctx, req);
      saveCatalogImport(db, checked.json, p?.kind === 'staff' ? p.username : 'admin', ctx.now(), checked.count);
      setBaseCatalog(ctx, catalog);
      await turn();
      changed();
      ctx.log.info(`catalog import: ${checked.count} procedures (${format})`);
      progress = { phase: 'done', done: checked.count, total: checked.count, result: { imported: checked.count } };
      res.json({ imported: checked.count } satisfies CatalogImportResult);
    } catch (e) {
      progress = null;
      throw e;
    }
  });
  r.get('/admin/catalog/import/status', json(() => progress ?? { phase: 'idle', done: 0, total: 0 }));
}
