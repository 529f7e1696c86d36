/** The actions screens and integrators ask for, shared by REST routes and socket handlers. */
import type { Command, CommandType } from '../core';
import { rememberTicketLang } from './ticket-print';
import type { CounterAction, CounterActionResult, TakeTicketInput, TicketView } from '../contract';
import { ApiFailure } from './failure';
import type { Principal } from './auth';
import type { AppContext } from './context';
import { counterView, ticketView } from './views';
import { assertIssuing, viewClock } from './hours';
import { actor, allow } from './access';
import { limitIssue } from './limits';

/** Issues a ticket; durable when this returns. Printing follows on its own (see printing.ts). */
export async function takeTicket(ctx: AppContext, p: Principal | null, input: TakeTicketInput): Promise<TicketView> {
  const who = allow(p, ['kiosk', 'staff', 'supervisor', 'admin']);
  await limitIssue(ctx, who);
  // A kiosk (or an integrator) is refused outside hours; staff at a counter decide for themselves.
  if (who.kind !== 'staff') assertIssuing(ctx, input.serviceId);
  const ticketId = ctx.newTicketId();
  const source = who.kind === 'staff' ? 'staff' : (input.source ?? 'kiosk');
  rememberTicketLang(ticketId, input.lang);
  ctx.queue.execute({ type: 'issueTicket', ticketId, serviceId: input.serviceId, priority: input.priority ?? null, source, at: ctx.now() }, actor(who));
  const t = ctx.queue.state.tickets.get(ticketId)!;
  return ticketView(ctx.queue.state, t, ctx.config, viewClock(ctx));
}

/** A ticket's public status, by its unguessable id (today's live state, else the archive). */
export function getTicket(ctx: AppContext, ticketId: string): TicketView {
  const live = ctx.queue.state.tickets.get(ticketId);
  if (live) return ticketView(ctx.queue.state, live, ctx.config, viewClock(ctx));
  const row = ctx.queue.journal.archivedTicket(ticketId);
  if (!row) throw new ApiFailure(404, 'UNKNOWN_TICKET', 'Không tìm thấy số thứ tự / no such ticket');
  return ticketView(ctx.queue.state, row, ctx.config);
}

type ActionInput = { counterId: string; ticketId?: string; reason?: string; serviceId?: string; toCounterId?: string };

const COMMAND_OF: Record<CounterAction, CommandType> = {
  callNext: 'callNext', recall: 'recall', noShow: 'noShow', complete: 'complete', startServing: 'startServing',
  open: 'openCounter', close: 'closeCounter', pause: 'pauseCounter', resume: 'resumeCounter', call: 'callTicket', transfer: 'transfer',
  callBack: 'callBackNoShow',
};

/** Runs a counter action for a signed-in staff member; returns the counter and the ticket it concerned. */
export function counterAction(ctx: AppContext, p: Principal | null, action: CounterAction, input: ActionInput): CounterActionResult {
  const who = allow(p, ['staff', 'supervisor', 'admin']);
  if (who.kind !== 'staff') throw new ApiFailure(403, 'FORBIDDEN', 'Chỉ cán bộ / staff only');
  const before = ctx.queue.state.counters[input.counterId]?.currentTicketId ?? null;
  const cmd = {
    type: COMMAND_OF[action], counterId: input.counterId, staffId: who.username, at: ctx.now(),
    ...(input.ticketId ? { ticketId: input.ticketId } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
    ...(input.serviceId ? { toServiceId: input.serviceId } : {}),
    ...(input.toCounterId ? { toCounterId: input.toCounterId } : {}),
  } as Command;
  ctx.queue.execute(cmd, actor(who));
  const s = ctx.queue.state;
  const ticketId = s.counters[input.counterId]?.currentTicketId ?? before;
  const t = ticketId ? s.tickets.get(ticketId) : undefined;
  return {
    ticket: t ? ticketView(s, t, ctx.config, viewClock(ctx)) : null,
    counter: counterView(s, input.counterId, (u) => ctx.auth.staffName(u)),
  };
}
