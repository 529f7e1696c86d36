/**
 * The one calling order: which waiting ticket a counter calls next (service preference, priority policy,
 * issue time). "People ahead" on the kiosk, the ticket, the phone and the API, and the staff screen's
 * "next" list are all read from callOrder(); nothing else sorts the queue.
 */
import type { CounterDef, CounterId, PriorityPolicy, TicketId } from './setup';
import { closedCounter, type CounterState, type QueueState, type Ticket } from './state';
import { issueOrder } from './ticket-index';

/** Can this counter call this ticket? */
export function servesTicket(counter: CounterDef, t: Ticket): boolean {
  return t.targetCounterId ? t.targetCounterId === counter.id : counter.services.includes(t.serviceId);
}

const byIssue = issueOrder;

/** The waiting tickets a counter may call, read from the index: its services' open tickets and those sent to it. */
function waitingFor(s: QueueState, counter: CounterDef): Ticket[] {
  const out: Ticket[] = [];
  const services = new Set(counter.services);
  for (const svc of services) {
    for (const id of s.index.open[svc] ?? []) {
      const t = s.tickets.get(id)!;
      if (t.status === 'waiting' && servesTicket(counter, t)) out.push(t);
    }
  }
  for (const id of s.index.targeted) {
    const t = s.tickets.get(id)!;
    if (t.status === 'waiting' && t.targetCounterId === counter.id && !services.has(t.serviceId)) out.push(t);
  }
  return out;
}

/** Waiting tickets this counter may call, in the order it would call them. */
export function callOrder(state: QueueState, counter: CounterDef, runtime: CounterState, policy: PriorityPolicy): Ticket[] {
  const waiting = waitingFor(state, counter);
  // A ticket sent to this very counter comes first among its kind; then the counter's preferred services.
  const rank = (t: Ticket) => (t.targetCounterId === counter.id ? -1 : counter.services.indexOf(t.serviceId));
  const normal = waiting.filter((t) => !t.priority).sort((a, b) => rank(a) - rank(b) || byIssue(a, b));
  const priority = waiting.filter((t) => t.priority).sort(byIssue);
  if (policy.kind === 'strict') return [...priority, ...normal];
  return interleave(normal, priority, policy.normalPerPriority, runtime.normalsSincePriority);
}

/** N normal then 1 priority, starting from how many normals were already called since the last priority. */
function interleave(normal: Ticket[], priority: Ticket[], n: number, since: number): Ticket[] {
  const out: Ticket[] = [];
  let i = 0, j = 0, count = since;
  while (i < normal.length || j < priority.length) {
    const takePriority = j < priority.length && (count >= n || i >= normal.length);
    if (takePriority) { out.push(priority[j++]!); count = 0; } else { out.push(normal[i++]!); count++; }
  }
  return out;
}

/** Each counter's calling order (ticket ids, next first), and each waiting ticket's place in the queue. */
export interface QueueOrders { byCounter: Record<CounterId, TicketId[]>; ahead: Map<TicketId, number> }
const orders = new WeakMap<QueueState, QueueOrders>();

/**
 * Every counter's calling order for this state, made once per state (the state is immutable). A ticket's
 * "people ahead" is its place in the order of the counter that reaches it soonest, among the open counters
 * that may call it (or among all of them when none is open): the citizens that counter calls before it.
 */
export function queueOrders(s: QueueState): QueueOrders {
  let out = orders.get(s);
  if (out) return out;
  out = { byCounter: {}, ahead: new Map() };
  const policy = s.setup?.priorityPolicy ?? { kind: 'strict' };
  const openPlace = new Map<TicketId, number>();
  for (const def of s.setup?.counters ?? []) {
    const runtime = s.counters[def.id] ?? closedCounter(def.id);
    const list = callOrder(s, def, runtime, policy);
    out.byCounter[def.id] = list.map((t) => t.id);
    const into = runtime.status === 'closed' ? out.ahead : openPlace;
    list.forEach((t, i) => { if (!(into.get(t.id)! <= i)) into.set(t.id, i); });
  }
  for (const [id, i] of openPlace) out.ahead.set(id, i); // an open counter's place wins over a closed one's
  orders.set(s, out);
  return out;
}
