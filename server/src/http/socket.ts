/** socket.io: a snapshot on connect, then small deltas; rooms per role; every inbound payload validated. */
import type { Server, Socket } from 'socket.io';
import { counterActionSchemas, emptySchema, followTicketSchema, takeTicketSchema, type Ack, type ClientToServer, type CounterAction, type ServerToClient } from '../contract';
import { counterAction, getTicket, takeTicket } from '../app/actions';
import type { Principal } from '../app/auth';
import type { RecentCalls } from '../app/calls';
import type { AppContext } from '../app/context';
import { buildSnapshot } from '../app/snapshot';
import { describeError, parseInput } from './errors';
import type { z } from 'zod';

/** What the server keeps on each socket: who it is (null for an anonymous phone page). */
export interface SocketData { principal: Principal | null }
export type Io = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type Sock = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

type Event = keyof ClientToServer;
/** The payload a client sends with an event. */
type Payload<E extends Event> = Parameters<ClientToServer[E]>[0];
/** What the event's ack carries on success (void for an event without an ack). */
type Result<E extends Event> = Parameters<ClientToServer[E]>[1] extends (ack: Ack<infer T>) => void ? T : void;

const isStaff = (p: Principal | null) => p?.kind === 'staff';
const isCounterAction = (a: string): a is CounterAction => Object.hasOwn(counterActionSchemas, a);

/** Registers a validated handler: bad input or a refusal comes back as {ok:false, error}. */
function handle<E extends Event>(socket: Sock, event: E, schema: z.ZodType<Payload<E>>, fn: (input: Payload<E>) => Result<E>): void {
  const listener = (payload: unknown, ack: unknown): void => {
    const reply = (a: Ack<Result<E>>) => { if (typeof ack === 'function') ack(a); };
    try {
      reply({ ok: true, data: fn(parseInput(schema, payload)) });
    } catch (e) {
      reply({ ok: false, error: describeError(e).error });
    }
  };
  const name: Event = event; // the union, not the generic: every event's listener takes (payload, ack)
  socket.on(name, listener);
}

/** Wires authentication, rooms and handlers onto the socket.io server. */
export function attachSockets(io: Io, ctx: AppContext, calls: RecentCalls): void {
  io.use((socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const principal = typeof token === 'string' && token ? ctx.auth.resolve(token) : null;
    if (typeof token === 'string' && token && !principal) return next(new Error('UNAUTHORIZED'));
    // The one-door software's token pushes dossiers over REST; it joins no screen's rooms.
    if (principal?.kind === 'device' && principal.role === 'integration') return next(new Error('FORBIDDEN'));
    socket.data.principal = principal;
    next();
  });

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

    handle(socket, 'snapshot:get', followTicketSchema.partial(), () => buildSnapshot(ctx, calls, isStaff(p)));
    handle(socket, 'time:get', emptySchema, () => ({ serverTime: ctx.now() }));
    handle(socket, 'ticket:take', takeTicketSchema, (input) => takeTicket(ctx, p, input));
    handle(socket, 'ticket:follow', followTicketSchema, ({ ticketId }) => {
      const view = getTicket(ctx, ticketId);
      void socket.join(`ticket:${ticketId}`);
      return view;
    });
    for (const action of Object.keys(counterActionSchemas).filter(isCounterAction)) {
      handle(socket, `counter:${action}`, counterActionSchemas[action], (input) => counterAction(ctx, p, action, input));
    }
  });
}
