/** Builds the screens' views from the queue state. Pure functions of state and config. */
import { currentTicket, newcomerAhead, openTickets, estimatedWaitMinutes, ticketsAhead, waitingCounts, type QueueState, type Ticket } from '../core';
import type { CallView, CounterView, ServiceView, TicketView, WaitingTicketView } from '../contract';
import type { SiteConfig } from '@motcua/config';
import { counterMinutes, type ViewClock } from './hours';

/** With no clock: always issuing, waits in counter minutes (tests of the views alone). */
const NO_CLOCK: ViewClock = { issuing: () => true, wait: counterMinutes };

/** Waiting counts and estimates (wall-clock minutes, across the lunch break) for every service. */
export function serviceViews(s: QueueState, clock: ViewClock = NO_CLOCK): ServiceView[] {
  const counts = waitingCounts(s);
  return (s.setup?.services ?? []).map((sv) => {
    return {
      id: sv.id, name: sv.name, nameEn: sv.nameEn, enabled: sv.enabled,
      waiting: counts[sv.id] ?? 0,
      ...newcomerWait(s, sv.id, clock),
      openCounters: (s.setup?.counters ?? []).filter((c) => c.services.includes(sv.id) && s.counters[c.id]?.status === 'open').length,
      issuing: sv.enabled && clock.issuing(sv.id),
    };
  });
}

/** The wait a ticket taken now would be told (ticketView's for its place): the kiosk's list and the ticket then agree. */
function newcomerWait(s: QueueState, serviceId: string, clock: ViewClock) {
  const ahead = newcomerAhead(s, serviceId);
  return ahead ? clock.wait(estimatedWaitMinutes(s, serviceId, ahead + 1)) : counterMinutes(0);
}

/** One counter as screens show it; `staffName` resolves a username for staff screens. */
export function counterView(s: QueueState, counterId: string, staffName?: (u: string) => string): CounterView {
  const def = s.setup?.counters.find((c) => c.id === counterId);
  const c = s.counters[counterId];
  const t = currentTicket(s, counterId);
  const view: CounterView = {
    id: counterId, number: def?.number ?? 0, name: def?.name ?? counterId, services: def?.services ?? [],
    status: c?.status ?? 'closed', pauseReason: c?.pauseReason ?? null, servedToday: c?.servedToday ?? 0,
    current: t && (t.status === 'called' || t.status === 'serving')
      ? { ticketId: t.id, number: t.number, serviceId: t.serviceId, priority: t.priority, status: t.status, calledAt: t.calledAt ?? 0, recalls: t.recalls }
      : null,
  };
  if (staffName) view.staff = c?.staffId ? { username: c.staffId, name: staffName(c.staffId) } : null;
  return view;
}

/** Every counter in config order. */
export function counterViews(s: QueueState, staffName?: (u: string) => string): CounterView[] {
  return (s.setup?.counters ?? []).map((c) => counterView(s, c.id, staffName));
}

/** A call announcement for the display. */
export function callView(s: QueueState, seq: number, ticketId: string, counterId: string, at: number): CallView | null {
  const t = s.tickets.get(ticketId);
  const def = s.setup?.counters.find((c) => c.id === counterId);
  if (!t || !def) return null;
  return { seq, ticketId, number: t.number, counterId, counterNumber: def.number, counterName: def.name, serviceId: t.serviceId, at, recall: t.recalls };
}

/** The waiting list for staff screens, oldest first. */
export function waitingViews(s: QueueState): WaitingTicketView[] {
  return openTickets(s)
    .filter((t) => t.status === 'waiting')
    .sort((a, b) => a.issuedAt - b.issuedAt || a.seq - b.seq)
    .map((t) => ({ id: t.id, number: t.number, serviceId: t.serviceId, priority: t.priority, issuedAt: t.issuedAt, targetCounterId: t.targetCounterId, transfers: t.transfers }));
}

/** A citizen's ticket with its place in the queue. */
export function ticketView(s: QueueState, t: Ticket, config: SiteConfig, clock: ViewClock = NO_CLOCK): TicketView {
  const service = s.setup?.services.find((x) => x.id === t.serviceId);
  const ahead = ticketsAhead(s, t);
  const counterDef = t.counterId ? s.setup?.counters.find((c) => c.id === t.counterId) : undefined;
  const priority = t.priority ? s.setup?.priorities.find((p) => p.id === t.priority) : undefined;
  return {
    id: t.id, number: t.number, serviceId: t.serviceId, serviceName: service?.name ?? t.serviceId,
    ...(service?.nameEn ? { serviceNameEn: service.nameEn } : {}),
    priority: t.priority, priorityName: priority?.name ?? null,
    ...(priority?.nameEn ? { priorityNameEn: priority.nameEn } : {}),
    issuedAt: t.issuedAt, day: t.day, status: t.status, ahead,
    ...(t.status === 'waiting' ? clock.wait(estimatedWaitMinutes(s, t.serviceId, ahead + 1)) : counterMinutes(0)),
    counter: counterDef && (t.status === 'called' || t.status === 'serving') ? { id: counterDef.id, number: counterDef.number, name: counterDef.name } : null,
    calledAt: t.calledAt,
    url: `${config.office.publicUrl}/t/${t.id}`,
  };
}
