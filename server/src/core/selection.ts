/** Which waiting ticket a counter calls next: service preference, priority policy, issue time. */
import type { CounterDef, PriorityPolicy } from './setup';
import type { CounterState, QueueState, Ticket } from './state';
import { ticketList } from './queries';

/** Can this counter call this ticket? */
export function servesTicket(counter: CounterDef, t: Ticket): boolean {
  return t.targetCounterId ? t.targetCounterId === counter.id : counter.services.includes(t.serviceId);
}

function byIssue(a: Ticket, b: Ticket): number {
  return a.issuedAt - b.issuedAt || a.seq - b.seq || (a.id < b.id ? -1 : 1);
}

/** Waiting tickets this counter may call, in the order it would call them. */
export function callOrder(state: QueueState, counter: CounterDef, runtime: CounterState, policy: PriorityPolicy): Ticket[] {
  const waiting = ticketList(state).filter((t) => t.status === 'waiting' && servesTicket(counter, t));
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
