/** evolve(state, event) -> state: how each event changes the queue. Pure; never refuses. */
import type { QueueEvent } from './messages';
import { StateDraft } from './state-draft';
import { closedCounter, isFinished, type CounterState, type QueueState, type Ticket } from './state';

/** Frees the counter a finished ticket was at, counting it as served when done. */
function finishAtCounter(d: StateDraft, counterId: string, served: boolean): void {
  const c = d.counters[counterId];
  if (c) d.patchCounter(counterId, { currentTicketId: null, servedToday: c.servedToday + (served ? 1 : 0) });
}

/** Applies one event to a draft (the draft's own copies are written; nothing of the state it came from). */
function apply(d: StateDraft, e: QueueEvent): void {
  switch (e.type) {
    case 'SetupApplied': {
      const counters: Record<string, CounterState> = {};
      for (const def of e.setup.counters) counters[def.id] = d.counters[def.id] ?? closedCounter(def.id);
      d.setup = e.setup;
      d.counters = counters;
      return;
    }
    case 'DayRolledOver': {
      const kept: Ticket[] = [];
      const lastSeq: Record<string, number> = {};
      for (const id of e.carried) {
        const t = d.ticket(id);
        if (!t) continue;
        kept.push({ ...t, status: 'waiting', counterId: null, staffId: null, calledAt: null });
        // Carried numbers stay valid, so today's numbering continues after them and never repeats one.
        lastSeq[t.serviceId] = Math.max(lastSeq[t.serviceId] ?? 0, t.seq);
      }
      d.startDay(e.to, kept);
      for (const id of Object.keys(d.counters)) d.counters[id] = closedCounter(id);
      d.lastSeq = lastSeq;
      d.issuedToday = {};
      return;
    }
    case 'TicketIssued': {
      const t = e.ticket;
      d.putTicket({
        ...t, status: 'waiting', targetCounterId: null, counterId: null, staffId: null,
        firstCalledAt: null, calledAt: null, recalls: 0, servingAt: null, finishedAt: null, transfers: 0,
      });
      d.lastSeq[t.serviceId] = Math.max(d.lastSeq[t.serviceId] ?? 0, t.seq);
      d.issuedToday[t.serviceId] = (d.issuedToday[t.serviceId] ?? 0) + 1;
      return;
    }
    case 'CounterOpened':
      return d.patchCounter(e.counterId, { status: 'open', staffId: e.staffId, pauseReason: null });
    case 'CounterClosed':
      return d.patchCounter(e.counterId, { status: 'closed', staffId: null, pauseReason: null, currentTicketId: null });
    case 'CounterPaused':
      return d.patchCounter(e.counterId, { status: 'paused', pauseReason: e.reason });
    case 'CounterResumed':
      return d.patchCounter(e.counterId, { status: 'open', pauseReason: null });
    case 'TicketCalled': {
      const t = d.ticket(e.ticketId);
      const c = d.counters[e.counterId];
      d.patchTicket(e.ticketId, {
        status: 'called', counterId: e.counterId, staffId: e.staffId, calledAt: e.at,
        firstCalledAt: t?.firstCalledAt ?? e.at, targetCounterId: null,
      });
      const normals = t?.priority ? 0 : (c?.normalsSincePriority ?? 0) + 1;
      return d.patchCounter(e.counterId, { currentTicketId: e.ticketId, normalsSincePriority: normals });
    }
    case 'TicketRecalled':
      return d.patchTicket(e.ticketId, { recalls: e.recalls, calledAt: e.at });
    case 'ServiceStarted':
      return d.patchTicket(e.ticketId, { status: 'serving', servingAt: e.at });
    case 'TicketCompleted':
      d.patchTicket(e.ticketId, { status: 'done', finishedAt: e.at });
      finishAtCounter(d, e.counterId, true);
      return d.patchCounter(e.counterId, { lastCompleted: { ticketId: e.ticketId, at: e.at } });
    case 'NoShowCalledBack':
      return d.patchTicket(e.ticketId, { status: 'waiting', finishedAt: null, counterId: null, staffId: null });
    case 'TicketNoShow':
      d.patchTicket(e.ticketId, { status: 'noShow', finishedAt: e.at });
      return finishAtCounter(d, e.counterId, false);
    case 'TicketTransferred': {
      const t = d.ticket(e.ticketId);
      d.patchTicket(e.ticketId, {
        status: 'waiting', serviceId: e.toServiceId, targetCounterId: e.toCounterId,
        counterId: null, staffId: null, calledAt: null, servingAt: null, transfers: (t?.transfers ?? 0) + 1,
      });
      if (e.fromCounterId) finishAtCounter(d, e.fromCounterId, false);
      return;
    }
    case 'TicketCancelled': {
      const t = d.ticket(e.ticketId);
      d.patchTicket(e.ticketId, { status: 'cancelled', finishedAt: e.at });
      if (t?.counterId && !isFinished(t) && t.status !== 'waiting') finishAtCounter(d, t.counterId, false);
      return;
    }
    default:
      return assertNever(e);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled event ${JSON.stringify(x)}`);
}

/** Applies one event (the state given in is not changed). */
export function evolve(s: QueueState, e: QueueEvent): QueueState {
  return evolveAll(s, [e]);
}

/**
 * Folds a list of events onto a state (the state given in is not changed). One draft for the whole list:
 * start-up replays the journal 1,000 events at a time, and a command's events are applied together.
 */
export function evolveAll(s: QueueState, events: readonly QueueEvent[]): QueueState {
  if (events.length === 0) return s;
  const d = new StateDraft(s);
  for (const e of events) apply(d, e);
  return d.seal();
}
