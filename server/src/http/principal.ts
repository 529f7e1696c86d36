/** The one place HTTP resolves who is asking, and the one role check routes use (`requireRole('admin')`). */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { bearer, type Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { allow, type Role } from '../app/access';
import { ApiFailure } from './errors';


declare module 'express-serve-static-core' {
  interface Request {
    /** Who sent the request (from its bearer token), set once by `resolvePrincipal`; null when anonymous. */
    principal?: Principal | null;
  }
}

/** Middleware: reads `Authorization: Bearer` once and sets req.principal. Tokens never travel in URLs. */
export function resolvePrincipal(ctx: AppContext): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.principal = ctx.auth.resolve(bearer(req.get('authorization')));
    next();
  };
}

/** Who is asking (null when anonymous); works with or without the middleware before it. */
export function principalOf(ctx: AppContext, req: Request): Principal | null {
  if (req.principal === undefined) req.principal = ctx.auth.resolve(bearer(req.get('authorization')));
  return req.principal;
}

/** Middleware: only these roles pass; the rest get 401/403 before their body is read. */
export function requireRole(ctx: AppContext, ...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    allow(principalOf(ctx, req), roles);
    next();
  };
}

/** The principal a `requireRole` before the handler let through. */
export function principal(req: Request): Principal {
  if (!req.principal) throw new ApiFailure(401, 'UNAUTHORIZED', 'Cần đăng nhập hoặc mã thiết bị / a bearer token is required');
  return req.principal;
}

/** Wraps a (possibly async) handler: its result goes out as JSON; what it throws goes to the one error middleware. */
export function json(fn: (req: Request) => unknown, status = 200): RequestHandler {
  return async (req, res) => {
    res.status(status).json(await fn(req));
  };
}
