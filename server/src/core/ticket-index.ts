/**
 * The index evolve keeps beside the tickets (QueueIndex): open tickets per service in issue order and
 * per-service tallies, moved one ticket at a time so a command costs O(open tickets), not O(the day).
 * Hand-written because it is a few sorted id lists and counters; the ticket map itself is immutable.js.
 */
import type { ServiceId, TicketId } from './setup';
import { emptyIndex, isOpen, type QueueIndex, type ServiceTally, type Ticket } from './state';

/** Issue order, the queue's base order: issue time, then number, then id (a total order: 0 only for the same id). */
export function issueOrder(a: Ticket, b: Ticket): number {
  return a.issuedAt - b.issuedAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function zeroTally(): ServiceTally {
  return { waiting: 0, called: 0, serving: 0, done: 0, noShow: 0, cancelled: 0, expired: 0, timed: 0, timedMs: 0, waitingPriority: 0 };
}

/** Adds (sign 1) or takes away (sign -1) one ticket's part of its service's tally, in place. */
function count(x: ServiceTally, t: Ticket, sign: 1 | -1): void {
  x[t.status] += sign;
  if (t.status === 'waiting' && t.priority) x.waitingPriority += sign;
  // Only a finished service with both times says how long a citizen took (serviceMinutes).
  if (t.status === 'done' && t.calledAt && t.finishedAt) {
    x.timed += sign;
    x.timedMs += sign * (t.finishedAt - (t.servingAt ?? t.calledAt));
  }
}

function isEmpty(x: ServiceTally): boolean {
  return x.waiting + x.called + x.serving + x.done + x.noShow + x.cancelled + x.expired === 0;
}

const isTargeted = (t: Ticket) => isOpen(t) && t.targetCounterId !== null;
const isNoShow = (t: Ticket) => t.status === 'noShow';

/**
 * A working copy of an index for one evolveAll: the records are its own, each list and tally it
 * changes is replaced by a new one (the ones of the state given in are shared and never written).
 * `get` reads the draft's tickets, to place an id in issue order.
 */
export class IndexDraft {
  private open: Record<ServiceId, readonly TicketId[]>;
  private targeted: readonly TicketId[];
  private noShows: readonly TicketId[];
  private tally: Record<ServiceId, ServiceTally>;
  private changed = false;

  constructor(private readonly base: QueueIndex, private readonly get: (id: TicketId) => Ticket | undefined) {
    this.open = { ...base.open };
    this.targeted = base.targeted;
    this.noShows = base.noShows;
    this.tally = { ...base.tally };
  }

  /** Moves a ticket from its old version (undefined when new) to its new one. */
  replace(prev: Ticket | undefined, next: Ticket): void {
    this.changed = true;
    this.moveTally(prev, next);
    const sameService = prev?.serviceId === next.serviceId;
    const wasOpen = !!prev && isOpen(prev), nowOpen = isOpen(next);
    if (wasOpen && (!nowOpen || !sameService)) this.open[prev!.serviceId] = this.without(this.open[prev!.serviceId]!, prev!);
    if (nowOpen && (!wasOpen || !sameService)) this.open[next.serviceId] = this.with(this.open[next.serviceId] ?? [], next);
    if (!!prev && isTargeted(prev) && !isTargeted(next)) this.targeted = this.without(this.targeted, prev);
    if (isTargeted(next) && !(prev && isTargeted(prev))) this.targeted = this.with(this.targeted, next);
    if (!!prev && isNoShow(prev) && !isNoShow(next)) this.noShows = this.without(this.noShows, prev);
    if (isNoShow(next) && !(prev && isNoShow(prev))) this.noShows = this.with(this.noShows, next);
    for (const svc of [prev?.serviceId, next.serviceId]) if (svc !== undefined && this.open[svc]?.length === 0) delete this.open[svc];
  }

  /** The index as it now stands (the one given in when nothing changed). */
  seal(): QueueIndex {
    if (!this.changed) return this.base;
    return { open: this.open, targeted: this.targeted, noShows: this.noShows, tally: this.tally };
  }

  private moveTally(prev: Ticket | undefined, next: Ticket): void {
    if (prev) {
      const x = { ...this.tally[prev.serviceId]! };
      count(x, prev, -1);
      if (prev.serviceId !== next.serviceId) {
        if (isEmpty(x)) delete this.tally[prev.serviceId]; else this.tally[prev.serviceId] = x;
      } else {
        count(x, next, 1);
        this.tally[next.serviceId] = x;
        return;
      }
    }
    const y = { ...(this.tally[next.serviceId] ?? zeroTally()) };
    count(y, next, 1);
    this.tally[next.serviceId] = y;
  }

  /** Where a ticket goes in an issue-ordered list (binary search; tickets are looked up by id). */
  private place(list: readonly TicketId[], t: Ticket): number {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (issueOrder(this.get(list[mid]!)!, t) < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private with(list: readonly TicketId[], t: Ticket): readonly TicketId[] {
    const i = this.place(list, t);
    return list[i] === t.id ? list : list.toSpliced(i, 0, t.id);
  }

  private without(list: readonly TicketId[], t: Ticket): readonly TicketId[] {
    const i = this.place(list, t);
    return list[i] === t.id ? list.toSpliced(i, 1) : list;
  }
}

/** The index of a set of tickets, counted from scratch (a snapshot loaded, a new day, the property test's oracle). */
export function indexTickets(tickets: Iterable<Ticket>): QueueIndex {
  const out = emptyIndex();
  const open: Record<ServiceId, Ticket[]> = {};
  const targeted: Ticket[] = [];
  const noShows: Ticket[] = [];
  for (const t of tickets) {
    count((out.tally[t.serviceId] ??= zeroTally()), t, 1);
    if (isOpen(t)) (open[t.serviceId] ??= []).push(t);
    if (isTargeted(t)) targeted.push(t);
    if (isNoShow(t)) noShows.push(t);
  }
  const ids = (list: Ticket[]) => list.sort(issueOrder).map((t) => t.id);
  for (const [svc, list] of Object.entries(open)) out.open[svc] = ids(list);
  out.targeted = ids(targeted);
  out.noShows = ids(noShows);
  return out;
}
