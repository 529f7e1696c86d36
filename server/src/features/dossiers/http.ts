/**
 * The route helpers the dossiers and reports features share, kept here so a feature never imports
 * http/routes.ts (which imports the features list: a cycle). Principal and JSON come from http/principal.ts.
 */
import type { Request, Response } from 'express';
import { bearer, type Principal } from '../../app/auth';
import type { AppContext } from '../../app/context';
import { describeHttpError } from '../../http/error-handler';
import { json, principalOf } from '../../http/principal';
import { pageToken } from '../../http/page-cookie';

/**
 * Who is asking: the Authorization header, else (for pages opened from a link, which cannot send a header) the
 * page cookie /admin sets, else `?token=` when the caller still allows it.
 */
export function whoIs(ctx: AppContext, req: Request, allowPageAuth = false): Principal | null {
  const header = bearer(req.get('authorization'));
  if (header || !allowPageAuth) return principalOf(ctx, req);
  const query = typeof req.query.token === 'string' ? req.query.token : null;
  return ctx.auth.resolve(pageToken(req) ?? query);
}

/** Sends an error thrown while handling a request as {error: {code, message}}. */
export function sendError(res: Response, e: unknown): void {
  const { status, error } = describeHttpError(e);
  res.status(status).json({ error });
}

/** Wraps a (possibly async) handler: JSON out, errors to the error middleware. */
export const jsonRoute = json;
