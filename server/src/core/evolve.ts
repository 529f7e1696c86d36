/** evolve(state, event) -> state: how each event changes the queue. Pure; never refuses. */
import type { QueueEvent } from './messages';
import { closedCounter, isFinished, type CounterState, type QueueState, type Ticket } from './state';

/**
 * The tickets maps made during one evolveAll: only its own intermediate states hold them, so they are
 * written in place. A day's batch (start-up replays the journal 1,000 events at a time) then copies the
 * map once, not once per event; a single evolve() still copies, and no state given in is ever changed.
 */
let owned: WeakSet<object> | null = null;

/** A tickets map this step may write: the batch's own, or a fresh copy (then the batch's own). */
function writableTickets(s: QueueState): QueueState['tickets'] {
  if (owned?.has(s.tickets)) return s.tickets;
  const copy = { ...s.tickets };
  owned?.add(copy);
  return copy;
}

function patchTicket(s: QueueState, id: string, patch: Partial<Ticket>): QueueState {
  const t = s.tickets[id];
  if (!t) return s;
  const tickets = writableTickets(s);
  tickets[id] = { ...t, ...patch };
  return { ...s, tickets };
}

function patchCounter(s: QueueState, id: string, patch: Partial<CounterState>): QueueState {
  const c = s.counters[id] ?? closedCounter(id);
  return { ...s, counters: { ...s.counters, [id]: { ...c, ...patch } } };
}

/** Frees the counter a finished ticket was at, counting it as served when done. */
function finishAtCounter(s: QueueState, counterId: string, served: boolean): QueueState {
  const c = s.counters[counterId];
  if (!c) return s;
  return patchCounter(s, counterId, { currentTicketId: null, servedToday: c.servedToday + (served ? 1 : 0) });
}

/** Applies one event. */
export function evolve(s: QueueState, e: QueueEvent): QueueState {
  switch (e.type) {
    case 'SetupApplied': {
      const counters: Record<string, CounterState> = {};
      for (const def of e.setup.counters) counters[def.id] = s.counters[def.id] ?? closedCounter(def.id);
      return { ...s, setup: e.setup, counters };
    }
    case 'DayRolledOver': {
      const tickets: QueueState['tickets'] = {};
      const lastSeq: QueueState['lastSeq'] = {};
      for (const id of e.carried) {
        const t = s.tickets[id];
        if (!t) continue;
        tickets[id] = { ...t, status: 'waiting', counterId: null, staffId: null, calledAt: null };
        // Carried numbers stay valid, so today's numbering continues after them and never repeats one.
        lastSeq[t.serviceId] = Math.max(lastSeq[t.serviceId] ?? 0, t.seq);
      }
      const counters: QueueState['counters'] = {};
      for (const id of Object.keys(s.counters)) counters[id] = closedCounter(id);
      return { ...s, day: e.to, tickets, counters, lastSeq, issuedToday: {} };
    }
    case 'TicketIssued': {
      const t = e.ticket;
      const ticket: Ticket = {
        ...t, status: 'waiting', targetCounterId: null, counterId: null, staffId: null,
        firstCalledAt: null, calledAt: null, recalls: 0, servingAt: null, finishedAt: null, transfers: 0,
      };
      const tickets = writableTickets(s);
      tickets[t.id] = ticket;
      return {
        ...s,
        tickets,
        lastSeq: { ...s.lastSeq, [t.serviceId]: Math.max(s.lastSeq[t.serviceId] ?? 0, t.seq) },
        issuedToday: { ...s.issuedToday, [t.serviceId]: (s.issuedToday[t.serviceId] ?? 0) + 1 },
      };
    }
    case 'CounterOpened':
      return patchCounter(s, e.counterId, { status: 'open', staffId: e.staffId, pauseReason: null });
    case 'CounterClosed':
      return patchCounter(s, e.counterId, { status: 'closed', staffId: null, pauseReason: null, currentTicketId: null });
    case 'CounterPaused':
      return patchCounter(s, e.counterId, { status: 'paused', pauseReason: e.reason });
    case 'CounterResumed':
      return patchCounter(s, e.counterId, { status: 'open', pauseReason: null });
    case 'TicketCalled': {
      const t = s.tickets[e.ticketId];
      const c = s.counters[e.counterId];
      const next = patchTicket(s, e.ticketId, {
        status: 'called', counterId: e.counterId, staffId: e.staffId, calledAt: e.at,
        firstCalledAt: t?.firstCalledAt ?? e.at, targetCounterId: null,
      });
      const normals = t?.priority ? 0 : (c?.normalsSincePriority ?? 0) + 1;
      return patchCounter(next, e.counterId, { currentTicketId: e.ticketId, normalsSincePriority: normals });
    }
    case 'TicketRecalled':
      return patchTicket(s, e.ticketId, { recalls: e.recalls, calledAt: e.at });
    case 'ServiceStarted':
      return patchTicket(s, e.ticketId, { status: 'serving', servingAt: e.at });
    case 'TicketCompleted': {
      const done = finishAtCounter(patchTicket(s, e.ticketId, { status: 'done', finishedAt: e.at }), e.counterId, true);
      return patchCounter(done, e.counterId, { lastCompleted: { ticketId: e.ticketId, at: e.at } });
    }
    case 'NoShowCalledBack':
      return patchTicket(s, e.ticketId, { status: 'waiting', finishedAt: null, counterId: null, staffId: null });
    case 'TicketNoShow':
      return finishAtCounter(patchTicket(s, e.ticketId, { status: 'noShow', finishedAt: e.at }), e.counterId, false);
    case 'TicketTransferred': {
      const t = s.tickets[e.ticketId];
      const moved = patchTicket(s, e.ticketId, {
        status: 'waiting', serviceId: e.toServiceId, targetCounterId: e.toCounterId,
        counterId: null, staffId: null, calledAt: null, servingAt: null, transfers: (t?.transfers ?? 0) + 1,
      });
      return e.fromCounterId ? finishAtCounter(moved, e.fromCounterId, false) : moved;
    }
    case 'TicketCancelled': {
      const t = s.tickets[e.ticketId];
      const cancelled = patchTicket(s, e.ticketId, { status: 'cancelled', finishedAt: e.at });
      return t?.counterId && !isFinished(t) && t.status !== 'waiting' ? finishAtCounter(cancelled, t.counterId, false) : cancelled;
    }
    default:
      return assertNever(e);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled event ${JSON.stringify(x)}`);
}

/** Folds a list of events onto a state (the state given in is not changed). */
export function evolveAll(s: QueueState, events: readonly QueueEvent[]): QueueState {
  if (events.length < 2 || owned) return events.reduce(evolve, s);
  owned = new WeakSet();
  try {
    return events.reduce(evolve, s);
  } finally {
    owned = null;
  }
}
