/**
 * The small route helpers the features share with http/routes.ts, kept here so a feature never imports
 * http/routes.ts (which imports the features list: a cycle).
 */
import type { Request, Response } from 'express';
import { bearer, type Principal } from '../../app/auth';
import type { AppContext } from '../../app/context';
import { describeError } from '../../http/errors';

/** Who is asking: the Authorization header, or `?token=` when the caller allows it (printable pages). */
export function whoIs(ctx: AppContext, req: Request, allowQueryToken = false): Principal | null {
  const header = bearer(req.get('authorization'));
  const query = allowQueryToken && typeof req.query.token === 'string' ? req.query.token : null;
  return ctx.auth.resolve(header ?? query);
}

/** Sends an error thrown while handling a request as {error: {code, message}}. */
export function sendError(res: Response, e: unknown): void {
  const { status, error } = describeError(e);
  res.status(status).json({ error });
}

/** Wraps a (possibly async) handler: JSON out, errors with their status. */
export function jsonRoute(fn: (req: Request) => unknown, status = 200) {
  return async (req: Request, res: Response) => {
    try { res.status(status).json(await fn(req)); } catch (e) { sendError(res, e); }
  };
}
