import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, evolveAll, queueOrders, ticketsAhead, type Command, type QueueState, type Setup } from '../../src/core';
import { demoSetup, given, history, issue, min, next, stateOf } from './given';

const oneCounter = (over: Partial<Setup> = {}) => demoSetup({
  counters: [{ id: 'q1', number: 1, name: 'Quầy 1', services: ['hotich', 'chungthuc'] }], ...over,
});
const twoToOne = { kind: 'interleaved', normalPerPriority: 2 } as const;

/** Calls next at a counter until nobody is left; the ticket ids in the order they were called. */
function drain(s: QueueState, counterId: string, from = 100): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    let events;
    try { events = decide(next(counterId, min(from + i)), s); } catch { return out; }
    s = evolveAll(s, events);
    out.push(s.counters[counterId]!.currentTicketId!);
  }
}

describe('one calling order (N:1 priority policy)', () => {
  it('given n1 n2 n3 then p1 under 2:1, the places are n1 0, n2 1, p1 2, n3 3, and next calls them in that order', () => {
    const h = history(oneCounter({ priorityPolicy: twoToOne }),
      issue('n1', 'hotich', min(0)), issue('n2', 'hotich', min(1)), issue('n3', 'hotich', min(2)), issue('p1', 'hotich', min(3), 'elderly'));
    const s = stateOf(h);
    const places = Object.fromEntries([...s.tickets.values()].map((t) => [t.id, ticketsAhead(s, t)]));
    expect(places).toEqual({ n1: 0, n2: 1, p1: 2, n3: 3 });
    expect(queueOrders(s).byCounter.q1).toEqual(['n1', 'n2', 'p1', 'n3']);
    expect(drain(s, 'q1')).toEqual(['n1', 'n2', 'p1', 'n3']);
  });

  it('after one normal is called, a waiting priority ticket moves up: the counter remembers the normals since the last priority', () => {
    const h = history(oneCounter({ priorityPolicy: twoToOne }),
      issue('n1', 'hotich', min(0)), issue('n2', 'hotich', min(1)), issue('n3', 'hotich', min(2)), next('q1', min(3)),
      issue('p1', 'hotich', min(4), 'elderly'), issue('p2', 'hotich', min(5), 'disabled'));
    const s = stateOf(h);
    const places = Object.fromEntries([...s.tickets.values()].filter((t) => t.status === 'waiting').map((t) => [t.id, ticketsAhead(s, t)]));
    expect(places).toEqual({ n2: 0, p1: 1, n3: 2, p2: 3 });
    given(h).when(next('q1', min(6))).then([{ type: 'TicketCompleted', ticketId: 'n1' }, { type: 'TicketCalled', ticketId: 'n2' }]);
  });

  it('strict policy: every priority first, then the counter\'s first service before its second', () => {
    const s = stateOf(history(oneCounter(),
      issue('c1', 'chungthuc', min(0)), issue('h1', 'hotich', min(1)), issue('p1', 'chungthuc', min(2), 'elderly'), issue('h2', 'hotich', min(3))));
    const places = Object.fromEntries([...s.tickets.values()].map((t) => [t.id, ticketsAhead(s, t)]));
    expect(places).toEqual({ p1: 0, h1: 1, h2: 2, c1: 3 });
  });

  it('a ticket is placed by the open counter that reaches it soonest', () => {
    // q1 prefers hộ tịch, q2 serves only chứng thực: c1 is next at q2 even though q1 would call it last.
    const s = stateOf(history(demoSetup(), issue('h1', 'hotich', min(0)), issue('c1', 'chungthuc', min(1)), issue('h2', 'hotich', min(2)),
      { type: 'openCounter', counterId: 'q1', staffId: 'a', at: min(3) }, { type: 'openCounter', counterId: 'q2', staffId: 'b', at: min(3) }));
    expect(ticketsAhead(s, s.tickets.get('c1')!)).toBe(0);
    expect(ticketsAhead(s, s.tickets.get('h2')!)).toBe(1);
  });
});

/** A random office day: 1-3 services, some priority tickets, a policy, some calls in between. */
const scenario = fc.record({
  policy: fc.oneof(fc.constant({ kind: 'strict' } as const), fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: 'interleaved', normalPerPriority: n } as const))),
  services: fc.shuffledSubarray(['hotich', 'chungthuc', 'datdai'], { minLength: 1 }),
  steps: fc.array(fc.oneof(
    fc.record({ kind: fc.constant('issue' as const), service: fc.nat(2), priority: fc.boolean() }),
    fc.record({ kind: fc.constant('next' as const) }),
  ), { maxLength: 40 }),
});

describe('property: calling next yields exactly the order "people ahead" promised', () => {
  it('for random queues and policies, the k-th ticket called had k people ahead', () => {
    fc.assert(fc.property(scenario, ({ policy, services, steps }) => {
      const setup = oneCounter({
        priorityPolicy: policy,
        services: demoSetup().services.map((sv) => ({ ...sv, dailyCap: undefined })),
        counters: [{ id: 'q1', number: 1, name: 'Quầy 1', services }],
      });
      const cmds: Command[] = [];
      steps.forEach((st, i) => {
        if (st.kind === 'issue') cmds.push(issue(`t${i}`, services[st.service % services.length]!, min(i), st.priority ? 'elderly' : null));
        else cmds.push(next('q1', min(i)));
      });
      // Build the day, skipping a "next" with nobody waiting (refused, nothing happens).
      let s = stateOf(history(setup));
      for (const c of cmds) { try { s = evolveAll(s, decide(c, s)); } catch { /* QUEUE_EMPTY */ } }
      const waiting = [...s.tickets.values()].filter((t) => t.status === 'waiting');
      const promised = new Map(waiting.map((t) => [t.id, ticketsAhead(s, t)]));
      const called = drain(s, 'q1', 1000);
      expect(called).toHaveLength(waiting.length);
      called.forEach((id, k) => expect(promised.get(id)).toBe(k));
      expect(queueOrders(s).byCounter.q1).toEqual(called);
    }), { numRuns: 300 });
  });
});
