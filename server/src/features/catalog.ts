/**
 * GET /api/catalog: the procedure catalog ({fields, procedures}) for the kiosk, with an ETag: the catalog folder's,
 * read once (or the catalog an admin imported, which replaces it), with the admin's edits (admin/catalog-routes.ts) applied.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';
import { loadOfficeCatalog, renamedServiceProblems } from '@motcua/config/catalog-io';
import type { Catalog, Procedure } from '@motcua/config/catalog';
import type { AppContext } from '../app/context';
import { loadCatalogBase, loadOverrides, type Overrides } from './admin/settings';
import type { Feature } from './feature';

/** For a config parsed from text (tests): a relative `catalog.dir` is taken from the config package's folder; loadSiteConfig makes it absolute against the config file's own. */
const CONFIG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../config');

interface Cached { body: string; etag: string }
const files = new Map<string, Catalog>();
const served = new WeakMap<AppContext, Cached>();
const bases = new WeakMap<AppContext, Catalog>();
type Edits = Overrides['catalog'];

/**
 * The catalog folder's catalog (`catalog.dir` in the site config), read and validated the first time only; a
 * procedure's queue the office names otherwise (`catalog.services`) is given the office's own id.
 */
function fileCatalog(ctx: AppContext): Catalog {
  const dir = resolve(CONFIG_DIR, ctx.config.catalog.dir);
  const renamed = ctx.config.catalog.services ?? {};
  const key = `${dir}\0${JSON.stringify(renamed)}`;
  let hit = files.get(key);
  if (!hit) {
    const own = ctx.config.services.map((s) => s.id);
    const wrong = renamedServiceProblems(own, renamed);
    if (wrong.length) throw new Error(wrong.join('; '));
    hit = loadOfficeCatalog(dir, own, renamed);
    files.set(key, hit);
  }
  return hit;
}

/** The catalog the edits apply to: the last one an admin imported (kept in admin_settings), else the folder's. */
function baseCatalog(ctx: AppContext): Catalog {
  let hit = bases.get(ctx);
  if (!hit) {
    hit = loadCatalogBase(ctx.queue.journal.db) ?? fileCatalog(ctx);
    bases.set(ctx, hit);
  }
  return hit;
}

/** Uses a just-imported catalog (saved by the caller) as the base from now on. */
export function setBaseCatalog(ctx: AppContext, base: Catalog): void {
  bases.set(ctx, base);
}

/**
 * The base catalog with an admin's edits applied: an edit replaces the procedure of its code, adds it, or deletes
 * it; a field edit renames the field of its id or adds it.
 */
function applyEdits(base: Catalog, edits: Edits, fieldEdits: Overrides['catalogFields'] = []): Catalog {
  const fields = fieldEdits.length
    ? [...base.fields.map((f) => fieldEdits.find((e) => e.id === f.id) ?? f), ...fieldEdits.filter((e) => !base.fields.some((f) => f.id === e.id))]
    : base.fields;
  if (!edits?.length) return fields === base.fields ? base : { ...base, fields, procedures: base.procedures };
  const byCode = new Map(edits.map((e) => [e.code, e]));
  const procedures = base.procedures.flatMap((p) => {
    const e = byCode.get(p.code);
    return !e ? [p] : 'deleted' in e ? [] : [e];
  });
  const known = new Set(base.procedures.map((p) => p.code));
  for (const e of edits) if (!('deleted' in e) && !known.has(e.code)) procedures.push(e);
  return { ...base, fields, procedures };
}

/** The catalog the kiosks are served: the base (imported or the folder's) plus the edits kept in admin_settings. */
export function effectiveCatalog(ctx: AppContext): Catalog {
  const o = loadOverrides(ctx.queue.journal.db);
  const base = baseCatalog(ctx);
  // A CSV import carries no everyday words: the catalog folder's table (everyday-words.json) still applies.
  const everydayWords = base.everydayWords ?? fileCatalog(ctx).everydayWords;
  return applyEdits(everydayWords ? { ...base, everydayWords } : base, o.catalog, o.catalogFields);
}

/** The catalog as JSON text and its ETag, built once and again after each admin edit. */
export function catalogJson(ctx: AppContext): Cached {
  let hit = served.get(ctx);
  if (!hit) {
    const body = JSON.stringify(effectiveCatalog(ctx));
    hit = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    served.set(ctx, hit);
  }
  return hit;
}

/** Forgets the served catalog after an admin edit or import: the next request rebuilds it (and its ETag). */
export function catalogChanged(ctx: AppContext): void {
  served.delete(ctx);
}

const byCode = new Map<string, Map<string, Procedure>>();

/** One procedure of the catalog by its code (1.001193), or null. */
export function findProcedure(ctx: AppContext, code: string): Procedure | null {
  const { body, etag } = catalogJson(ctx);
  let index = byCode.get(etag);
  if (!index) {
    index = new Map((JSON.parse(body) as Catalog).procedures.map((p) => [p.code, p]));
    byCode.set(etag, index);
  }
  return index.get(code) ?? null;
}

export const catalogFeature: Feature = {
  name: 'catalog',
  routes(r, ctx) {
    r.get('/catalog', (req: Request, res: Response) => {
      try {
        const { body, etag } = catalogJson(ctx);
        res.set('ETag', etag).set('Cache-Control', 'no-cache');
        if (req.get('if-none-match') === etag) return void res.status(304).end();
        res.type('application/json; charset=utf-8').send(body);
      } catch (e) {
        ctx.log.error('catalog could not be loaded', e);
        res.status(500).json({ error: { code: 'CATALOG', message: 'Không tải được danh mục thủ tục / the catalog could not be loaded' } });
      }
    });
  },
};
