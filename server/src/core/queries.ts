/** Read-only questions about the queue state, shared by the API, the screens and the reports. */
import type { ServiceId, Setup } from './setup';
import type { QueueState, Ticket } from './state';

/** Waiting tickets of one service in the order the service would take them. */
export function serviceQueue(s: QueueState, serviceId: ServiceId): Ticket[] {
  const waiting = Object.values(s.tickets).filter((t) => t.status === 'waiting' && t.serviceId === serviceId);
  const strict = s.setup?.priorityPolicy.kind !== 'interleaved';
  return waiting.sort((a, b) =>
    (strict ? Number(!!b.priority) - Number(!!a.priority) : 0) || a.issuedAt - b.issuedAt || a.seq - b.seq);
}

/** How many citizens are ahead of a waiting ticket in its service; 0 once called. */
export function ticketsAhead(s: QueueState, ticket: Ticket): number {
  if (ticket.status !== 'waiting') return 0;
  const i = serviceQueue(s, ticket.serviceId).findIndex((t) => t.id === ticket.id);
  return Math.max(i, 0);
}

/** Waiting count per service. */
export function waitingCounts(s: QueueState): Record<ServiceId, number> {
  const out: Record<ServiceId, number> = {};
  for (const sv of s.setup?.services ?? []) out[sv.id] = 0;
  for (const t of Object.values(s.tickets)) if (t.status === 'waiting') out[t.serviceId] = (out[t.serviceId] ?? 0) + 1;
  return out;
}

/** Mean minutes per citizen for a service: today's finished services if there are some, else the configured guess. */
export function serviceMinutes(s: QueueState, setup: Setup, serviceId: ServiceId): number {
  const done = Object.values(s.tickets).filter((t) => t.serviceId === serviceId && t.status === 'done' && t.calledAt && t.finishedAt);
  const guess = setup.services.find((x) => x.id === serviceId)?.avgServiceMinutes ?? 5;
  if (done.length < 3) return guess;
  const total = done.reduce((sum, t) => sum + (t.finishedAt! - (t.servingAt ?? t.calledAt!)), 0);
  return Math.max(1, total / done.length / 60_000);
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
  return id ? (s.tickets[id] ?? null) : null;
}
