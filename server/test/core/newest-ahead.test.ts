/**
 * The kiosk ack's shortcut: a ticket just issued is counted from the index, not by sorting the queue. Its answer
 * equals the sorted orders' in index-recount.test.ts; here, that it is the one a new ticket of a long queue takes
 * (a kiosk ack would otherwise sort every counter's waiting tickets again, O(waiting) a ticket).
 */
import { describe, expect, it } from 'vitest';
import { queueOrders } from '../../src/core';
import { newestTicketAhead } from '../../src/core/newest-ahead';
import { demoSetup, history, issue, min, next, stateOf } from './given';

describe('people ahead of a ticket just issued', () => {
  it('is counted without the sorted orders for each new normal ticket, and equals their place', () => {
    const services = ['hotich', 'chungthuc'];
    const cmds = Array.from({ length: 58 }, (_, i) => issue(`t${i}`, services[i % 2]!, min(i), i % 7 === 3 ? 'elderly' : null));
    const s = stateOf(history(demoSetup({ priorityPolicy: { kind: 'interleaved', normalPerPriority: 2 } }),
      ...cmds, { type: 'openCounter', counterId: 'q1', staffId: 'canbo1', at: min(59) }, next('q1', min(60))));
    const newest = (svc: string) => s.tickets.get(s.index.open[svc]!.at(-1)!)!;
    for (const svc of services) {
      const t = newest(svc);
      expect(t.priority).toBeNull();
      expect(newestTicketAhead(s, t), `newest of ${svc}`).toBe(queueOrders(s).ahead.get(t.id));
      expect(newestTicketAhead(s, t)).toBeGreaterThan(20); // a long queue, with priority tickets between
    }
    // Older ones, and priority ones, are left to the sorted orders.
    expect(newestTicketAhead(s, s.tickets.get('t10')!)).toBeUndefined();
    expect(newestTicketAhead(s, s.tickets.get('t3')!)).toBeUndefined();
  });
});
