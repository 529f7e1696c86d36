/** What anonymous clients, displays and kiosks may see of the views staff see: no ticket ids, no priority category. */
import type { CallView, CounterView, TicketView } from '../contract';

/** A counter without its ticket's id or priority. */
export function publicCounter(c: CounterView): CounterView {
  if (!c.current) return c;
  const { ticketId: _id, priority: _priority, ...current } = c.current;
  return { ...c, current };
}

/** A call announcement without the ticket's id. */
export function publicCall(c: CallView): CallView {
  const { ticketId: _id, ...call } = c;
  return call;
}

/** A citizen's ticket without its priority category (the phone page is held up in a public room). */
export function publicTicket(t: TicketView): TicketView {
  return { ...t, priority: null, priorityName: null };
}

