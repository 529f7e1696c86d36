/** Small REST helpers for the rating and admin features (kept here so features do not import the router that lists them). */
import type { Request, Response } from 'express';
import { bearer, type Principal } from '../../app/auth';
import type { AppContext } from '../../app/context';
import { describeError } from '../../http/errors';

/** Who is asking, from the Authorization header. */
export function principalOf(ctx: AppContext, req: Request): Principal | null {
  return ctx.auth.resolve(bearer(req.get('authorization')));
}

/** Wraps a handler: JSON out, errors as {error: {code, message}} with their status. */
export function json(fn: (req: Request) => unknown, status = 200) {
  return (req: Request, res: Response) => {
    try {
      res.status(status).json(fn(req));
    } catch (e) {
      const { status: code, error } = describeError(e);
      res.status(code).json({ error });
    }
  };
}
