/** socket.io: a snapshot on connect, then small deltas; rooms per role; every inbound payload validated. */
import type { Server, Socket } from 'socket.io';
import { counterActionSchemas, emptySchema, followTicketSchema, takeTicketSchema, type Ack, type ClientToServer, type CounterAction, type ServerToClient } from '../contract';
import { counterAction, getTicket, takeTicket } from '../app/actions';
import { sessionKey, type Principal } from '../app/auth';
import type { RecentCalls } from '../app/calls';
import type { AppContext } from '../app/context';
import { publicTicket } from '../app/public-views';
import { buildSnapshot } from '../app/snapshot';
import { describeError, parseInput } from './errors';
import { takingTurns } from './turns';
import { followed } from './coalesce';
import type { z } from 'zod';

/** What the server keeps on each socket: who it is (null for an anonymous phone page), and a staff socket's session key (dropped the moment it ends). */
interface SocketData { principal: Principal | null; session?: string }
export type Io = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type Sock = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

type Event = keyof ClientToServer;
/** The payload a client sends with an event. */
type Payload<E extends Event> = Parameters<ClientToServer[E]>[0];
/** What the event's ack carries on success (void for an event without an ack). */
type Result<E extends Event> = Parameters<ClientToServer[E]>[1] extends (ack: Ack<infer T>) => void ? T : void;

const isStaff = (p: Principal | null) => p?.kind === 'staff';
const isCounterAction = (a: string): a is CounterAction => Object.hasOwn(counterActionSchemas, a);

/**
 * Registers a validated handler: bad input or a refusal comes back as {ok:false, error}; a staff socket
 * whose session ended is dropped. Runs in its turn (one command per turn of the event loop).
 */
function handle<E extends Event>(ctx: AppContext, socket: Sock, turn: (job: () => void) => void, event: E, schema: z.ZodType<Payload<E>>,
  fn: (input: Payload<E>) => Result<E> | Promise<Result<E>>): void {
  const listener = (payload: unknown, ack: unknown): void => {
    const reply = (a: Ack<Result<E>>) => { if (typeof ack === 'function') ack(a); };
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
  };
  const name: Event = event; // the union, not the generic: every event's listener takes (payload, ack)
  socket.on(name, listener);
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
    socket.data.principal = principal;
    if (principal?.kind === 'staff') socket.data.session = sessionKey(token as string);
    next();
  });
  dropEndedSessions(io, ctx);

  io.on('connection', (socket) => {
    const p = socket.data.principal;
    if (isStaff(p)) void socket.join('staff');
    else if (p) void socket.join('public');
    if (p?.kind === 'device') void socket.join(`device:${p.role}`);
    if (p?.kind === 'device' && (p.role === 'display' || p.role === 'kiosk')) {
      const { id, role } = p;
      ctx.presence?.connected(id, role);
      socket.on('disconnect', () => ctx.presence?.disconnected(id));
    }
    socket.emit('snapshot', buildSnapshot(ctx, calls, isStaff(p)));

    const on = <E extends Event>(event: E, schema: z.ZodType<Payload<E>>, fn: (input: Payload<E>) => Result<E> | Promise<Result<E>>) => handle(ctx, socket, turn, event, schema, fn);
    on('snapshot:get', followTicketSchema.partial(), () => buildSnapshot(ctx, calls, isStaff(p)));
    on('time:get', emptySchema, () => ({ serverTime: ctx.now() }));
    on('ticket:take', takeTicketSchema, (input) => takeTicket(ctx, p, input));
    // Only the ticket whose QR a phone scanned (its unguessable id) can be followed; what it hears has no priority.
    on('ticket:follow', followTicketSchema, ({ ticketId }) => {
      const view = getTicket(ctx, ticketId);
      void socket.join(`ticket:${ticketId}`);
      followed(io, ticketId, view); // the room's last view, as the coalesced updates compare it
      return isStaff(p) ? view : publicTicket(view);
    });
    for (const action of Object.keys(counterActionSchemas).filter(isCounterAction)) {
      on(`counter:${action}`, counterActionSchemas[action], (input) => counterAction(ctx, p, action, input));
    }
  });
}
