/** GET /api/catalog: the procedure catalog ({fields, procedures}) for the kiosk, loaded once, with an ETag. */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';
import { loadCatalog } from '@motcua/config/catalog-io';
import type { AppContext } from '../app/context';
import type { Feature } from './index';

/** The config package's folder: the site config's `catalog.dir` is relative to it. */
const CONFIG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../config');

interface Cached { body: string; etag: string }
const cache = new Map<string, Cached>();

/** The catalog as JSON text and its ETag, read from disk the first time only. */
export function catalogJson(ctx: AppContext): Cached {
  const dir = resolve(CONFIG_DIR, ctx.config.catalog.dir);
  let hit = cache.get(dir);
  if (!hit) {
    const body = JSON.stringify(loadCatalog(dir, { serviceIds: ctx.config.services.map((s) => s.id) }));
    hit = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    cache.set(dir, hit);
  }
  return hit;
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
