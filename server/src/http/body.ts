/**
 * JSON bodies are read only once the token is known, with a limit per route: an anonymous client cannot make the
 * server read (or parse) more than a sign-in's few bytes, and only the dossier writers may send the 8 MB batch.
 */
import express, { type RequestHandler } from 'express';
import type { AppContext } from '../app/context';
import { ApiFailure } from './errors';
import type { Role } from '../app/access';
import { principalOf } from './principal';

/** Routes that read their own raw body (a file), after their role check. */
const RAW_BODY_ROUTES = new Set(['/api/admin/catalog/import', '/api/dossiers/import', '/api/dossiers/import/preview']);
/** The only routes that take a body from an anonymous client. */
const ANONYMOUS = new Set(['/api/auth/login']);
/** Bigger than the default 256 kB, for these roles only. */
const BIG: Record<string, { limit: string; roles: Role[] }> = {
  '/api/dossiers/batch': { limit: '8mb', roles: ['integration', 'supervisor', 'admin'] },
};

const hasBody = (req: express.Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** Middleware for /api: reads a JSON body when the route and the caller may send one; refuses other content types with 415. */
export function jsonBodies(ctx: AppContext): RequestHandler {
  const small = express.json({ limit: '4kb' });
  const normal = express.json({ limit: '256kb' });
  const big = new Map(Object.entries(BIG).map(([path, b]) => [path, express.json({ limit: b.limit })]));
  return (req, res, next) => {
    const path = req.baseUrl + req.path;
    if (RAW_BODY_ROUTES.has(path) || !hasBody(req)) return next();
    if (!req.is('application/json')) throw new ApiFailure(415, 'UNSUPPORTED_TYPE', 'Nội dung phải là JSON / the body must be application/json');
    const p = principalOf(ctx, req);
    if (!p) return ANONYMOUS.has(path) ? small(req, res, next) : next(); // the route answers 401 without reading the body
    const b = BIG[path];
    if (b) return b.roles.includes(p.role) ? big.get(path)!(req, res, next) : next(); // the route answers 403 unread
    return normal(req, res, next);
  };
}
