/**
 * /api/admin/catalog: list, search, edit, add and delete the kiosk's procedures. Edits are kept by code in
 * admin_settings (key `catalog`, with who and when) and applied over the catalog folder (features/catalog.ts).
 */
import type { Router } from 'express';
import { z } from 'zod';
import { checkCatalog, CODE_PATTERN, formatProblem, procedureSchema, type Procedure } from '@motcua/config/catalog';
import { fold } from '@motcua/config/fold';
import type { AppContext } from '../../app/context';
import { ApiFailure, parseInput } from '../../http/errors';
import { applyEdits, effectiveCatalog, fileCatalog } from '../catalog';
import { json, principalOf } from './http';
import { loadOverrides, saveOverride } from './settings';

const codeParam = z.string().regex(CODE_PATTERN, 'mã thủ tục dạng 1.001193 hoặc XA-...');
const listQuery = z.object({ q: z.string().max(120).optional(), field: z.string().max(40).optional() });
const vi = z.locales.vi().localeError;

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
  /** Checks the whole catalog with this edit applied (known field and service queue, no duplicate), then saves it. */
  const saveEdit = (req: Parameters<Parameters<typeof json>[0]>[0], edit: Procedure | { code: string; deleted: true }) => {
    const edits = [...(loadOverrides(db).catalog ?? []).filter((e) => e.code !== edit.code), edit];
    const { problems } = checkCatalog(applyEdits(fileCatalog(ctx), edits), { serviceIds: ctx.config.services.map((s) => s.id) });
    if (problems.length) invalid(problems.map((p) => formatProblem(p)));
    const p = principalOf(ctx, req);
    saveOverride(db, 'catalog', edits, p?.kind === 'staff' ? p.username : 'admin', ctx.now());
    changed();
  };

  r.get('/admin/catalog', json((req) => {
    const { q, field } = parseInput(listQuery, req.query);
    const c = effectiveCatalog(ctx);
    const edited = new Set((loadOverrides(db).catalog ?? []).map((e) => e.code));
    const words = fold(q ?? '').split(' ').filter(Boolean);
    const procedures = c.procedures
      .filter((p) => !field || p.field === field)
      .filter((p) => { const hay = fold(`${p.code} ${p.name} ${p.keywords.join(' ')}`); return words.every((w) => hay.includes(w)); })
      .map((p) => ({ code: p.code, name: p.name, field: p.field, serviceId: p.serviceId, edited: edited.has(p.code) }));
    return { fields: c.fields, total: c.procedures.length, procedures };
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
}
