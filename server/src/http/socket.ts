/** socket.io: a snapshot on connect, then small deltas; rooms per role; every inbound payload validated. */
import type { Server, Socket } from 'socket.io';
import { counterActionSchemas, emptySchema, followTicketSchema, takeTicketSchema, type ClientToServer, type CounterAction, type ServerToClient } from '../contract';
import { counterAction, getTicket, takeTicket } from '../app/actions';
import type { Principal } from '../app/auth';
import type { RecentCalls } from '../app/calls';
import type { AppContext } from '../app/context';
import { buildSnapshot } from '../app/snapshot';
import { describeError, parseInput } from './errors';
import { takingTurns } from './turns';
import { followed } from './broadcast';
import type { z } from 'zod';

export type Io = Server<ClientToServer, ServerToClient>;
type Sock = Socket<ClientToServer, ServerToClient, Record<string, never>, { principal: Principal | null }>;

const isStaff = (p: Principal | null) => p?.kind === 'staff';

/** Registers a validated handler: bad input or a refusal comes back as {ok:false, error}. Runs in its turn. */
function handle<S extends z.ZodType>(socket: Sock, event: string, schema: S, fn: (input: z.infer<S>) => unknown, turn: (job: () => void) => void): void {
  (socket as unknown as Socket).on(event, (payload: unknown, ack: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (x: unknown) => void) : () => {};
    turn(() => {
      try {
        reply({ ok: true, data: fn(parseInput(schema, payload)) });
      } catch (e) {
        reply({ ok: false, error: describeError(e).error });
      }
    });
  });
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
    (socket as unknown as Sock).data.principal = principal;
    next();
  });

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

    handle(socket, 'snapshot:get', followTicketSchema.partial(), () => buildSnapshot(ctx, calls, isStaff(p)), turn);
    handle(socket, 'time:get', emptySchema, () => ({ serverTime: ctx.now() }), turn);
    handle(socket, 'ticket:take', takeTicketSchema, (input) => takeTicket(ctx, p, input), turn);
    handle(socket, 'ticket:follow', followTicketSchema, ({ ticketId }) => {
      const view = getTicket(ctx, ticketId);
      void socket.join(`ticket:${ticketId}`);
      followed(io, ticketId, view);
      return view;
    }, turn);
    for (const action of Object.keys(counterActionSchemas) as CounterAction[]) {
      handle(socket, `counter:${action}`, counterActionSchemas[action], (input) => {
        const i = input as { counterId: string; ticketId?: string; reason?: string; serviceId?: string; toCounterId?: string };
        return counterAction(ctx, p, action, i);
      }, turn);
    }
  });
}
