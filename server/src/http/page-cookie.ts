/**
 * Server pages opened from a link in /admin (the reports) cannot send an Authorization header, and a token in the
 * address leaks into history, logs and printouts. /admin instead asks for an HttpOnly, SameSite=Strict cookie
 * scoped to those pages (POST /api/auth/page-cookie), which dies with the session.
 */
import type { Request, Response, Router } from 'express';
import type { AppContext } from '../app/context';
import { json, principal, requireRole } from './principal';
import { bearer } from '../app/auth';

const NAME = 'motcua_page';
const PATH = '/api/reports';

/** The session token in the page cookie, if any. */
export function pageToken(req: Request): string | null {
  const header = req.get('cookie') ?? '';
  const m = new RegExp(`(?:^|;\\s*)${NAME}=([A-Za-z0-9_-]{1,200})`).exec(header);
  return m ? m[1]! : null;
}

/** Sets or clears the cookie. */
export function setPageCookie(res: Response, token: string | null, maxAgeSeconds: number): void {
  res.append('set-cookie', `${NAME}=${token ?? ''}; Path=${PATH}; HttpOnly; SameSite=Strict; Max-Age=${token ? maxAgeSeconds : 0}`);
}

/** POST /api/auth/page-cookie (supervisor, admin) sets it; DELETE clears it (logout does too). */
export function pageCookieRoutes(r: Router, ctx: AppContext): void {
  r.post('/auth/page-cookie', requireRole(ctx, 'supervisor', 'admin'), json((req) => {
    principal(req);
    setPageCookie(req.res!, bearer(req.get('authorization')), Math.round(ctx.config.security.sessionHours * 3600));
    return { ok: true, path: PATH };
  }));
  r.delete('/auth/page-cookie', json((req) => { setPageCookie(req.res!, null, 0); return { ok: true }; }));
}
