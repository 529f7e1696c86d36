/** The REST API. Routes only parse input and call the shared actions. */
import { Router, type Request, type Response } from 'express';
import { callTicketSchema, emptySchema, loginSchema, pauseSchema, takeTicketSchema, ticketIdParam, transferSchema, type CounterAction } from '../contract';
import { counterAction, getTicket, require, takeTicket } from '../app/actions';
import { bearer, type Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { counterViews, serviceViews } from '../app/views';
import { hoursView, viewClock } from '../app/hours';
import { ApiFailure, describeError, parseInput } from './errors';
import type { z } from 'zod';
import { features } from '../features';

/** Who is asking, from the Authorization header. */
export function principalOf(ctx: AppContext, req: Request): Principal | null {
  return ctx.auth.resolve(bearer(req.get('authorization')));
}

type Handler = (req: Request) => unknown;

/** Wraps a handler: JSON out, errors as {error: {code, message}} with their status. */
export function json(fn: Handler, status = 200) {
  return (req: Request, res: Response) => {
    try {
      const out = fn(req);
      res.status(status).json(out);
    } catch (e) {
      const { status: code, error } = describeError(e);
      res.status(code).json({ error });
    }
  };
}

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
  r.get('/health', json(() => ({
    status: 'ok', office: ctx.config.office.name, time: new Date(ctx.now()).toISOString(), day: ctx.queue.state.day,
    journalSeq: ctx.queue.journal.lastSeq(), devices: ctx.devices.list(),
  })));
  r.get('/services', json(() => serviceViews(ctx.queue.state, viewClock(ctx))));
  r.get('/counters', json(() => counterViews(ctx.queue.state)));
  r.get('/hours', json(() => hoursView(ctx.config, ctx.now())));
  r.get('/priorities', json(() => ctx.config.priorities));
  // The demo office's screens work out of the box: they may ask for the demo tokens (never in production).
  r.get('/demo-tokens', json(() => {
    if (ctx.production || !ctx.auth.demoCredentials().some((d) => d.startsWith('token'))) {
      throw new ApiFailure(404, 'NOT_FOUND', 'Không có mã demo / no demo tokens');
    }
    return { kiosk: 'demo-kiosk', display: 'demo-display', counter: 'demo-counter' };
  }));

  r.post('/tickets', json((req) => {
    const who = principalOf(ctx, req);
    require(who, ['kiosk', 'staff', 'supervisor', 'admin']);
    return takeTicket(ctx, who, parseInput(takeTicketSchema, req.body));
  }, 201));
  r.get('/tickets/:id', json((req) => getTicket(ctx, parseInput(ticketIdParam, req.params.id))));

  r.post('/auth/login', json((req) => {
    const { username, password } = parseInput(loginSchema, req.body);
    const session = ctx.auth.login(username, password);
    if (!session) throw new ApiFailure(401, 'BAD_CREDENTIALS', 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password');
    return { token: session.token, user: session.principal };
  }));
  r.post('/auth/logout', json((req) => {
    const token = bearer(req.get('authorization'));
    if (token) ctx.auth.logout(token);
    return { ok: true };
  }));
  r.get('/auth/me', json((req) => require(principalOf(ctx, req), ['kiosk', 'display', 'counter', 'staff', 'supervisor', 'admin'])));

  for (const [path, action, schema] of COUNTER_ROUTES) {
    r.post(`/counters/:id/${path}`, json((req) => {
      const body = parseInput(schema, req.body) as { ticketId?: string; reason?: string; serviceId?: string; counterId?: string };
      const counterId = parseInput(ticketIdParam, req.params.id);
      return counterAction(ctx, principalOf(ctx, req), action, {
        counterId, ticketId: body.ticketId, reason: body.reason, serviceId: body.serviceId, toCounterId: body.counterId,
      });
    }));
  }
  for (const f of features) f.routes?.(r, ctx);
  r.use((_req, res) => { res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Không có địa chỉ này / no such route' } }); });
  return r;
}
