/** The day's tickets as lists, each made once per version of the tickets: from the index, or (rarely) the whole map. */
import { issueOrder } from './ticket-index';
import type { QueueState, Ticket, TicketMap } from './state';

const lists = new WeakMap<TicketMap, Ticket[]>();
const opens = new WeakMap<TicketMap, Ticket[]>();

/** Every ticket of the day, O(day): for tests and whole-day questions; the live paths read openTickets(). */
export function ticketList(s: QueueState): Ticket[] {
  let out = lists.get(s.tickets);
  if (!out) lists.set(s.tickets, (out = [...s.tickets.values()]));
  return out;
}

/** The open tickets (waiting, called, serving) of every service, in issue order: O(open tickets). */
export function openTickets(s: QueueState): Ticket[] {
  let out = opens.get(s.tickets);
  if (out) return out;
  out = [];
  for (const ids of Object.values(s.index.open)) for (const id of ids) out.push(s.tickets.get(id)!);
  opens.set(s.tickets, out.sort(issueOrder));
  return out;
}

/** Today's no-shows, in issue order. */
export function noShowTickets(s: QueueState): Ticket[] {
  return s.index.noShows.map((id) => s.tickets.get(id)!);
}
