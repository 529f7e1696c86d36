import { describe, expect, it } from 'vitest';
import { serviceMinutes, ticketsAhead, waitingCounts, type Command, type QueueState, type Ticket } from '../../src/core';
import { act, demoSetup, history, issue, min, next, stateOf } from './given';

const transfer = (counterId: string, toServiceId: string, at: number): Command =>
  ({ type: 'transfer', counterId, staffId: 'canbo2', at, toServiceId });

/** The order a service takes its waiting tickets in, written out plainly: the oracle ticketsAhead is checked against. */
function serviceQueue(s: QueueState, serviceId: string): Ticket[] {
  const waiting = [...s.tickets.values()].filter((t) => t.status === 'waiting' && t.serviceId === serviceId);
  return waiting.sort((a, b) => Number(!!b.priority) - Number(!!a.priority) || a.issuedAt - b.issuedAt || a.seq - b.seq);
}

describe('queue questions', () => {
  it('tickets ahead is the place in the service queue, for every waiting ticket (priorities, a transfer, strict policy)', () => {
    // Under N:1 the place follows the counter's own count of normals since its last priority, which this plain
    // sort cannot know: call-order.test.ts checks those places against calling next (decider and property tests).
    for (const priorityPolicy of [{ kind: 'strict' } as const]) {
      const s = stateOf(history(demoSetup({ priorityPolicy }),
        issue('a', 'hotich', min(0)), issue('b', 'chungthuc', min(1)), issue('c', 'hotich', min(2), 'elderly'),
        issue('d', 'hotich', min(3)), issue('e', 'chungthuc', min(4), 'disabled'), next('q2', min(5), 'canbo2'),
        transfer('q2', 'hotich', min(6)), issue('f', 'hotich', min(7)), issue('g', 'hotich', min(8), 'elderly'), issue('h', 'chungthuc', min(9))));
      for (const sv of ['hotich', 'chungthuc']) {
        const order = serviceQueue(s, sv);
        expect(order.length).toBeGreaterThan(1);
        order.forEach((t, i) => expect(ticketsAhead(s, t), `${priorityPolicy.kind} ${t.id}`).toBe(i));
      }
    }
  });

  it('a called ticket has nobody ahead', () => {
    const s = stateOf(history(demoSetup(), issue('a', 'hotich', min(0)), issue('b', 'hotich', min(1)), next('q1', min(2))));
    expect(ticketsAhead(s, s.tickets.get('a')!)).toBe(0);
    expect(ticketsAhead(s, s.tickets.get('b')!)).toBe(0);
  });

  it('waiting counts and minutes per citizen follow each new state (nothing stale from an earlier one)', () => {
    const h = history(demoSetup(), issue('a', 'hotich', min(0)), issue('b', 'hotich', min(1)), issue('c', 'hotich', min(2)),
      issue('d', 'hotich', min(3)), issue('x', 'chungthuc', min(3)));
    const s0 = stateOf(h);
    expect(waitingCounts(s0)).toEqual({ hotich: 4, chungthuc: 1, datdai: 0 });
    expect(serviceMinutes(s0, s0.setup!, 'hotich')).toBe(6); // the configured guess: nobody served yet
    // Three served, 2, 4 and 6 minutes at the counter: the mean (4) replaces the guess.
    const served = history(demoSetup(), issue('a', 'hotich', min(0)), issue('b', 'hotich', min(1)), issue('c', 'hotich', min(2)),
      issue('d', 'hotich', min(3)), issue('x', 'chungthuc', min(3)),
      next('q1', min(10)), act('complete', 'q1', min(12)), next('q1', min(12)), act('complete', 'q1', min(16)),
      next('q1', min(16)), act('complete', 'q1', min(22)));
    const s1 = stateOf(served);
    expect(waitingCounts(s0)).toEqual({ hotich: 4, chungthuc: 1, datdai: 0 });
    expect(waitingCounts(s1)).toEqual({ hotich: 1, chungthuc: 1, datdai: 0 });
    expect(serviceMinutes(s1, s1.setup!, 'hotich')).toBe(4);
    expect(serviceMinutes(s0, s0.setup!, 'hotich')).toBe(6);
  });
});
