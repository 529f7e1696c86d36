/** Read-only questions about the queue state, shared by the API, the screens and the reports. */
import type { ServiceId, Setup } from './setup';
import type { QueueState, Ticket } from './state';
import { queueOrders } from './selection';
import { newestTicketAhead } from './newest-ahead';

export { ticketList, openTickets, noShowTickets } from './ticket-list';

/** How many citizens will be called before a waiting ticket (its place in the calling order); 0 once called. */
export function ticketsAhead(s: QueueState, ticket: Ticket): number {
  if (ticket.status !== 'waiting') return 0;
  // A ticket just issued (every kiosk ack) is counted from the index; the rest read the sorted orders.
  return newestTicketAhead(s, ticket) ?? queueOrders(s).ahead.get(ticket.id) ?? 0;
}

/** Waiting count per service. */
export function waitingCounts(s: QueueState): Record<ServiceId, number> {
  const out: Record<ServiceId, number> = {};
  for (const sv of s.setup?.services ?? []) out[sv.id] = 0;
  for (const [id, t] of Object.entries(s.index.tally)) if (t.waiting > 0) out[id] = t.waiting;
  return out;
}

/** Mean minutes per citizen for a service: today's finished services if there are some, else the configured guess. */
export function serviceMinutes(s: QueueState, setup: Setup, serviceId: ServiceId): number {
  const done = s.index.tally[serviceId];
  const guess = setup.services.find((x) => x.id === serviceId)?.avgServiceMinutes ?? 5;
  if (!done || done.timed < 3) return guess;
  return Math.max(1, done.timedMs / done.timed / 60_000);
}

/** Estimated minutes before a ticket with `ahead` citizens in front is called. */
export function estimatedWaitMinutes(s: QueueState, serviceId: ServiceId, ahead: number): number {
  const setup = s.setup;
  if (!setup) return 0;
  const open = setup.counters.filter((c) => c.services.includes(serviceId) && s.counters[c.id]?.status === 'open').length;
  return Math.round((ahead * serviceMinutes(s, setup, serviceId)) / Math.max(open, 1));
}

/** The ticket a counter has in hand, if any. */
export function currentTicket(s: QueueState, counterId: string): Ticket | null {
  const id = s.counters[counterId]?.currentTicketId;
  return id ? (s.tickets.get(id) ?? null) : null;
}
