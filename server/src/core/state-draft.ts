/** The state one evolveAll builds: its own copies, written in place while it runs, then sealed into a QueueState. */
import { Map as ImmutableMap } from 'immutable';
import { IndexDraft, indexTickets } from './ticket-index';
import type { TicketId } from './setup';
import { closedCounter, type CounterState, type QueueState, type Ticket, type TicketMap } from './state';

/**
 * Copy-on-write over a QueueState: the small records (counters, sequence numbers) are copied once, the
 * tickets map becomes a transient immutable.js map on the first ticket written (each change O(log n),
 * shared structure with the state given in, which is never changed), the index moves one ticket at a time.
 */
export class StateDraft {
  setup: QueueState['setup'];
  day: QueueState['day'];
  counters: Record<string, CounterState>;
  lastSeq: Record<string, number>;
  issuedToday: Record<string, number>;
  private tickets: TicketMap;
  private writable: TicketMap | null = null;
  private index: IndexDraft;

  constructor(s: QueueState) {
    this.setup = s.setup;
    this.day = s.day;
    this.counters = { ...s.counters };
    this.lastSeq = { ...s.lastSeq };
    this.issuedToday = { ...s.issuedToday };
    this.tickets = s.tickets;
    this.index = new IndexDraft(s.index, this.ticket);
  }

  /** Today's ticket with this id, as of the events applied so far. */
  readonly ticket = (id: TicketId): Ticket | undefined => (this.writable ?? this.tickets).get(id);

  /** Writes a ticket (new or changed) and moves it in the index. */
  putTicket(next: Ticket): void {
    const prev = this.ticket(next.id);
    (this.writable ??= this.tickets.asMutable()).set(next.id, next);
    this.index.replace(prev, next);
  }

  /** Changes some fields of a ticket; nothing when there is no such ticket. */
  patchTicket(id: TicketId, patch: Partial<Ticket>): void {
    const t = this.ticket(id);
    if (t) this.putTicket({ ...t, ...patch });
  }

  /** Changes some fields of a counter (a closed one if it was unknown). */
  patchCounter(id: string, patch: Partial<CounterState>): void {
    this.counters[id] = { ...(this.counters[id] ?? closedCounter(id)), ...patch };
  }

  /** A new day: only these tickets are kept, and the index is counted again from them. */
  startDay(day: string, kept: Ticket[]): void {
    this.day = day;
    this.writable = ImmutableMap<TicketId, Ticket>().asMutable();
    for (const t of kept) this.writable.set(t.id, t);
    this.index = new IndexDraft(indexTickets(kept), this.ticket);
  }

  /** The state as it now stands. */
  seal(): QueueState {
    const tickets = this.writable ? this.writable.asImmutable() : this.tickets;
    return {
      setup: this.setup, day: this.day, tickets, counters: this.counters,
      lastSeq: this.lastSeq, issuedToday: this.issuedToday, index: this.index.seal(),
    };
  }
}
