/**
 * "People ahead" of a ticket just issued, counted from the index instead of sorting the whole queue: the
 * ack of every kiosk ticket needs it, and queueOrders() sorts every counter's waiting tickets of a new
 * state (O(waiting) a ticket, so a burst's acks slowed as the queue grew). Same answer as queueOrders():
 * a property test holds the two together; anything but the common case is left to queueOrders().
 */
import type { CounterDef, PriorityPolicy } from './setup';
import { closedCounter, type QueueState, type Ticket } from './state';

/**
 * The place of `t` in the calling order, or undefined when this shortcut does not apply: `t` must be a
 * waiting normal ticket, sent to no counter, and the newest open ticket of its service.
 */
export function newestTicketAhead(s: QueueState, t: Ticket): number | undefined {
  const open = s.index.open[t.serviceId];
  if (t.status !== 'waiting' || t.priority || t.targetCounterId || open?.[open.length - 1] !== t.id) return undefined;
  return bestPlace(s, t.serviceId, 1);
}

/**
 * The place a normal ticket of `serviceId` taken now would get: what the kiosk's service list and the wall
 * promise before anyone taps (so the list and the ticket then printed agree). 0 with no setup.
 */
export function newcomerAhead(s: QueueState, serviceId: string): number {
  return bestPlace(s, serviceId, 0) ?? 0;
}

/** The smallest place over the counters serving the service; `self` is 1 when the ticket is already counted in the tallies. */
function bestPlace(s: QueueState, serviceId: string, self: 0 | 1): number | undefined {
  const setup = s.setup;
  if (!setup) return undefined;
  let best: number | undefined, bestClosed: number | undefined;
  for (const def of setup.counters) {
    if (!def.services.includes(serviceId)) continue;
    const runtime = s.counters[def.id] ?? closedCounter(def.id);
    const place = placeAt(s, def, serviceId, self, setup.priorityPolicy, runtime.normalsSincePriority);
    if (runtime.status === 'closed') bestClosed = Math.min(bestClosed ?? place, place);
    else best = Math.min(best ?? place, place);
  }
  // An open counter's place wins over a closed one's; no counter for the service: 0, as queueOrders says.
  return best ?? bestClosed ?? 0;
}

/** Where the counter would call a new normal ticket of the service: the normals it calls first, plus the priority tickets it puts between. */
function placeAt(s: QueueState, def: CounterDef, serviceId: string, self: 0 | 1, policy: PriorityPolicy, since: number): number {
  const rank = def.services.indexOf(serviceId);
  let normals = 0, priorities = 0;
  // The service's tallies: every waiting ticket of the counter's services (those of a lower rank come first;
  // of its own service, all but the ticket itself are older). Those a transfer sent elsewhere are taken out below.
  for (const svc of new Set(def.services)) {
    const x = s.index.tally[svc];
    if (!x) continue;
    priorities += x.waitingPriority;
    if (def.services.indexOf(svc) <= rank) normals += x.waiting - x.waitingPriority - (svc === serviceId ? self : 0);
  }
  for (const id of s.index.targeted) {
    const o = s.tickets.get(id)!;
    if (o.status !== 'waiting') continue;
    const at = def.services.indexOf(o.serviceId);
    const counted = o.priority ? at >= 0 : at >= 0 && at <= rank;
    // Sent here: called before every ticket of the counter's services; sent elsewhere: never called here.
    const belongs = o.targetCounterId === def.id;
    const delta = belongs && !counted ? 1 : !belongs && counted ? -1 : 0;
    if (o.priority) priorities += delta;
    else normals += delta;
  }
  if (policy.kind === 'strict') return priorities + normals;
  return normals + Math.min(priorities, prioritiesBefore(normals, policy.normalPerPriority, since));
}

/** Interleaved N:1: how many priority tickets go before the normal one at this index (selection.ts's interleave). */
function prioritiesBefore(index: number, n: number, since: number): number {
  if (n <= 0) return Infinity;
  const first = Math.max(0, n - since); // normals still due before the first priority
  return index < first ? 0 : 1 + Math.floor((index - first) / n);
}
