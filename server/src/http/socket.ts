/** socket.io: a snapshot on connect, then small deltas; rooms per role; every inbound payload validated. */
import type { Server, Socket } from 'socket.io';
import { counterActionSchemas, emptySchema, followTicketSchema, takeTicketSchema, type ClientToServer, type CounterAction, type ServerToClient } from '../contract';
import { counterAction, getTicket, takeTicket } from '../app/actions';
import { sessionKey, type Principal } from '../app/auth';
import type { RecentCalls } from '../app/calls';
import type { AppContext } from '../app/context';
import { publicTicket } from '../app/public-views';
import { buildSnapshot } from '../app/snapshot';
import { describeError, parseInput } from './errors';
import { takingTurns } from './turns';
import type { z } from 'zod';

export type Io = Server<ClientToServer, ServerToClient>;
/** `session`: the key of a staff socket's session, so it is dropped the moment that session ends. */
type Sock = Socket<ClientToServer, ServerToClient, Record<string, never>, { principal: Principal | null; session?: string }>;

const isStaff = (p: Principal | null) => p?.kind === 'staff';

/**
 * Registers a validated handler: bad input or a refusal comes back as {ok:false, error}; a staff socket
 * whose session ended is dropped. Runs in its turn (one command per turn of the event loop).
 */
function handle<S extends z.ZodType>(ctx: AppContext, socket: Sock, event: string, schema: S, fn: (input: z.infer<S>) => unknown, turn: (job: () => void) => void): void {
  (socket as unknown as Socket).on(event, (payload: unknown, ack: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (x: unknown) => void) : () => {};
    turn(() => {
      const session = socket.data.session;
      if (session && !ctx.auth.alive(session)) {
        reply({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập đã kết thúc / the session has ended' } });
        return void socket.disconnect(true);
      }
      Promise.resolve()
        .then(() => fn(parseInput(schema, payload)))
        .then((data) => reply({ ok: true, data }), (e: unknown) => reply({ ok: false, error: describeError(e).error }));
    });
  });
}

/** Drops the open sockets of sessions as they end (logout, revoke, password change, disabled account), and expired ones every few seconds. */
function dropEndedSessions(io: Io, ctx: AppContext, everyMs = 5_000): void {
  const drop = (ended: (key: string) => boolean) => {
    for (const s of io.of('/').sockets.values()) {
      const key = (s.data as Sock['data']).session;
      if (key && ended(key)) s.disconnect(true);
    }
  };
  ctx.auth.onSessionsEnded((keys) => { const set = new Set(keys); drop((k) => set.has(k)); });
  const t = setInterval(() => drop((k) => !ctx.auth.alive(k)), everyMs);
  t.unref();
  io.of('/').server.httpServer?.once('close', () => clearInterval(t));
}

/** Wires authentication, rooms and handlers onto the socket.io server. */
export function attachSockets(io: Io, ctx: AppContext, calls: RecentCalls): void {
  const turn = takingTurns();
  io.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const principal = typeof token === 'string' && token ? ctx.auth.resolve(token) : null;
    if (typeof token === 'string' && token && !principal) return next(new Error('UNAUTHORIZED'));
    // The one-door software's token pushes dossiers over REST; it joins no screen's rooms.
    if (principal?.kind === 'device' && principal.role === 'integration') return next(new Error('FORBIDDEN'));
    const data = (socket as unknown as Sock).data;
    data.principal = principal;
    if (principal?.kind === 'staff') data.session = sessionKey(token as string);
    next();
  });
  dropEndedSessions(io, ctx);

  io.on('connection', (raw) => {
    const socket = raw as unknown as Sock;
    const p = socket.data.principal;
    if (isStaff(p)) void socket.join('staff');
    else if (p) void socket.join('public');
    if (p?.kind === 'device') void socket.join(`device:${p.role}`);
    if (p?.kind === 'device' && (p.role === 'display' || p.role === 'kiosk')) {
      const { id, role } = p;
      ctx.presence?.connected(id, role);
      (raw as unknown as { on(ev: 'disconnect', fn: () => void): void }).on('disconnect', () => ctx.presence?.disconnected(id));
    }
    socket.emit('snapshot', buildSnapshot(ctx, calls, isStaff(p)));

    const on = <S extends z.ZodType>(event: string, schema: S, fn: (input: z.infer<S>) => unknown) => handle(ctx, socket, event, schema, fn, turn);
    on('snapshot:get', followTicketSchema.partial(), () => buildSnapshot(ctx, calls, isStaff(p)));
    on('time:get', emptySchema, () => ({ serverTime: ctx.now() }));
    on('ticket:take', takeTicketSchema, (input) => takeTicket(ctx, p, input));
    // Only the ticket whose QR a phone scanned (its unguessable id) can be followed; what it hears has no priority.
    on('ticket:follow', followTicketSchema, ({ ticketId }) => {
      const view = getTicket(ctx, ticketId);
      void socket.join(`ticket:${ticketId}`);
      return isStaff(p) ? view : publicTicket(view);
    });
    for (const action of Object.keys(counterActionSchemas) as CounterAction[]) {
      on(`counter:${action}`, counterActionSchemas[action], (input) => {
        const i = input as { counterId: string; ticketId?: string; reason?: string; serviceId?: string; toCounterId?: string };
        return counterAction(ctx, p, action, i);
      });
    }
  });
}
