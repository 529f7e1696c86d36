/** A QueueState as plain JSON and back (the journal's snapshots): the tickets as an object, the index counted again on load. */
import { Map as ImmutableMap } from 'immutable';
import { indexTickets } from './ticket-index';
import type { TicketId } from './setup';
import type { QueueState, Ticket } from './state';

/** The stored shape of a state (SNAPSHOT_FORMAT 1, as before the tickets became a persistent map). */
export type StateJson = Omit<QueueState, 'tickets' | 'index'> & { tickets: Record<TicketId, Ticket> };

/** The state as plain data, for JSON.stringify (O(day): a snapshot every few hundred events, not per command). */
export function stateToJson(s: QueueState): StateJson {
  return { setup: s.setup, day: s.day, tickets: s.tickets.toObject(), counters: s.counters, lastSeq: s.lastSeq, issuedToday: s.issuedToday };
}

/** A state from its stored shape; the index is derived, so it is recounted rather than trusted. */
export function stateFromJson(j: StateJson): QueueState {
  const tickets = ImmutableMap<TicketId, Ticket>(Object.entries(j.tickets));
  return {
    setup: j.setup, day: j.day, tickets, counters: j.counters, lastSeq: j.lastSeq, issuedToday: j.issuedToday,
    index: indexTickets(tickets.values()),
  };
}
