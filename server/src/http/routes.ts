/** The REST API. Routes only parse input and call the shared actions; what they throw goes to the one error middleware. */
import { Router } from 'express';
import { callTicketSchema, emptySchema, loginSchema, pauseSchema, takeTicketSchema, ticketIdParam, transferSchema, type CounterAction } from '../contract';
import type { DemoTokensView, HealthView, LoginView, OkView, Principal } from '../contract';
import { counterAction, getTicket, takeTicket } from '../app/actions';
import { bearer } from '../app/auth';
import type { AppContext } from '../app/context';
import { limitLogin, loginOutcome } from '../app/limits';
import { counterViews, serviceViews } from '../app/views';
import { publicCounter, publicTicket } from '../app/public-views';
import { hoursView, viewClock } from '../app/hours';
import { ApiFailure, parseInput } from './errors';
import { json, principal, principalOf, requireRole } from './principal';
import { pageCookieRoutes, setPageCookie } from './page-cookie';
import type { z } from 'zod';
import { features } from '../features';


const COUNTER_ROUTES: Array<[string, CounterAction, z.ZodType]> = [
  ['call-next', 'callNext', emptySchema], ['recall', 'recall', emptySchema], ['no-show', 'noShow', emptySchema],
  ['complete', 'complete', emptySchema], ['start', 'startServing', emptySchema], ['open', 'open', emptySchema],
  ['close', 'close', emptySchema], ['resume', 'resume', emptySchema], ['call', 'call', callTicketSchema],
  ['pause', 'pause', pauseSchema], ['transfer', 'transfer', transferSchema],
  ['call-back', 'callBack', callTicketSchema],
];

/** The /api router. */
export function apiRoutes(ctx: AppContext): Router {
  const r = Router();
  const staffOnly = requireRole(ctx, 'staff', 'supervisor', 'admin');
  r.get('/health', json((): HealthView => ({
    status: 'ok', office: ctx.config.office.name, time: new Date(ctx.now()).toISOString(), day: ctx.queue.state.day,
    journalSeq: ctx.queue.journal.lastSeq(), devices: ctx.devices.list(),
  })));
  r.get('/services', json(() => serviceViews(ctx.queue.state, viewClock(ctx))));
  // Anonymous and device callers see no ticket ids and no priority: with an id, anyone could follow a stranger's ticket.
  r.get('/counters', json((req) => {
    const all = counterViews(ctx.queue.state);
    return principalOf(ctx, req)?.kind === 'staff' ? all : all.map(publicCounter);
  }));
  r.get('/hours', json(() => hoursView(ctx.config, ctx.now())));
  r.get('/priorities', json(() => ctx.config.priorities));
  // The demo office's screens work out of the box: they may ask for the demo tokens (never in production).
  r.get('/demo-tokens', json((): DemoTokensView => {
    if (ctx.production || !ctx.auth.demoCredentials().some((d) => d.startsWith('token'))) {
      throw new ApiFailure(404, 'NOT_FOUND', 'Không có mã demo / no demo tokens');
    }
    return { kiosk: 'demo-kiosk', display: 'demo-display', counter: 'demo-counter' };
  }));

  r.post('/tickets', requireRole(ctx, 'kiosk', 'staff', 'supervisor', 'admin'),
    json((req) => takeTicket(ctx, principal(req), parseInput(takeTicketSchema, req.body)), 201));
  // The phone page: the holder of the printed QR (the id) sees its place, not its priority category.
  r.get('/tickets/:id', json((req) => {
    const view = getTicket(ctx, parseInput(ticketIdParam, req.params.id));
    return principalOf(ctx, req)?.kind === 'staff' ? view : publicTicket(view);
  }));

  r.post('/auth/login', json(async (req) => {
    const { username, password } = parseInput(loginSchema, req.body);
    await limitLogin(ctx, req.ip ?? '?', username);
    const session = await ctx.auth.login(username, password, { ip: req.ip, userAgent: req.get('user-agent') });
    await loginOutcome(ctx, username, !!session);
    if (!session) throw new ApiFailure(401, 'BAD_CREDENTIALS', 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password');
    const view: LoginView = { token: session.token, user: session.principal };
    return view;
  }));
  r.post('/auth/logout', json((req): OkView => {
    const token = bearer(req.get('authorization'));
    if (token) ctx.auth.logout(token);
    setPageCookie(req.res!, null, 0);
    return { ok: true };
  }));
  pageCookieRoutes(r, ctx);
  r.get('/auth/me', requireRole(ctx, 'kiosk', 'display', 'counter', 'staff', 'supervisor', 'admin'), json((req): Principal => principal(req)));

  for (const [path, action, schema] of COUNTER_ROUTES) {
    r.post(`/counters/:id/${path}`, staffOnly, json((req) => {
      const body = parseInput(schema, req.body) as { ticketId?: string; reason?: string; serviceId?: string; counterId?: string };
      const counterId = parseInput(ticketIdParam, req.params.id);
      return counterAction(ctx, principal(req), action, {
        counterId, ticketId: body.ticketId, reason: body.reason, serviceId: body.serviceId, toCounterId: body.counterId,
      });
    }));
  }
  for (const f of features) f.routes?.(r, ctx);
  r.use((_req, res) => { res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Không có địa chỉ này / no such route' } }); });
  return r;
}
