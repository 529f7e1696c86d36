/** The day's tickets as one array per version of the state: the enumeration every query and the calling order share. */
import type { QueueState, Ticket } from './state';

const lists = new WeakMap<QueueState['tickets'], Ticket[]>();

/**
 * The day's tickets as an array, made once per version of the tickets (the state is immutable).
 * With a day's worth of tickets the map is a dictionary object, slow to enumerate; every pass below
 * shares this one enumeration.
 */
export function ticketList(s: QueueState): Ticket[] {
  let out = lists.get(s.tickets);
  if (!out) lists.set(s.tickets, (out = Object.values(s.tickets)));
  return out;
}
