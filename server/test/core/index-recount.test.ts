/**
 * The index evolve keeps beside the tickets (open tickets per service in issue order, per-service tallies),
 * against a plain recount of the day's tickets after every command of random sequences: the guard against
 * the incremental counts drifting from the truth. The queries read from the index are checked against a scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callOrder, closedCounter, decide, queueOrders, evolve, evolveAll, indexTickets, initialState, QueueError, serviceMinutes, servesTicket,
  stateFromJson, stateToJson, waitingCounts, type QueueEvent, type QueueIndex, type QueueState, type ServiceTally, type Setup, type StateJson,
} from '../../src/core';
import { newcomerAhead, newestTicketAhead } from '../../src/core/newest-ahead';
import { demoSetup, setupApplied, T0 } from './given';
import { commandOf, stepOrCallBack, type Step } from './random-commands';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** The index written out plainly from every ticket of the state: what evolve's incremental index must equal. */
function recount(s: QueueState): QueueIndex {
  const all = [...s.tickets.values()].sort((a, b) => a.issuedAt - b.issuedAt || a.seq - b.seq || (a.id < b.id ? -1 : 1));
  const isOpen = (status: string) => status === 'waiting' || status === 'called' || status === 'serving';
  const out: QueueIndex = { open: {}, targeted: [], noShows: [], tally: {} };
  for (const t of all) {
    const x: ServiceTally = (out.tally[t.serviceId] ??= { waiting: 0, called: 0, serving: 0, done: 0, noShow: 0, cancelled: 0, expired: 0, timed: 0, timedMs: 0, waitingPriority: 0 });
    x[t.status]++;
    if (t.status === 'waiting' && t.priority) x.waitingPriority++;
    if (t.status === 'done' && t.calledAt && t.finishedAt) { x.timed++; x.timedMs += t.finishedAt - (t.servingAt ?? t.calledAt); }
    if (isOpen(t.status)) out.open[t.serviceId] = [...(out.open[t.serviceId] ?? []), t.id];
  }
  out.targeted = all.filter((t) => isOpen(t.status) && t.targetCounterId !== null).map((t) => t.id);
  out.noShows = all.filter((t) => t.status === 'noShow').map((t) => t.id);
  return out;
}

/** The queries that read the index, checked against a scan of every ticket. */
function checkQueries(s: QueueState, setup: Setup, at: number): void {
  const all = [...s.tickets.values()];
  const counts = waitingCounts(s);
  for (const sv of setup.services) expect(counts[sv.id]).toBe(all.filter((t) => t.status === 'waiting' && t.serviceId === sv.id).length);
  for (const sv of setup.services) {
    const done = all.filter((t) => t.serviceId === sv.id && t.status === 'done' && t.calledAt && t.finishedAt);
    const ms = done.reduce((a, t) => a + t.finishedAt! - (t.servingAt ?? t.calledAt!), 0);
    expect(serviceMinutes(s, setup, sv.id)).toBe(done.length < 3 ? sv.avgServiceMinutes : Math.max(1, ms / done.length / 60_000));
  }
  // The shortcut for a ticket just issued gives the place the sorted orders give (it applies or says undefined).
  const orders = queueOrders(s);
  for (const t of all) {
    const fast = newestTicketAhead(s, t);
    if (fast !== undefined) expect(fast, `people ahead of ${t.number}`).toBe(orders.ahead.get(t.id) ?? 0);
  }
  // A newcomer's place, before it is taken, is the place the sorted orders give it once taken.
  for (const sv of setup.services) {
    const promised = newcomerAhead(s, sv.id);
    let after: QueueState;
    try {
      after = evolveAll(s, decide({ type: 'issueTicket', ticketId: 'newcomer', serviceId: sv.id, priority: null, at }, s));
    } catch (e) {
      if (e instanceof QueueError) continue; // not issuing (disabled, capped): nothing promised to check
      throw e;
    }
    expect(promised, `a newcomer of ${sv.id}`).toBe(queueOrders(after).ahead.get('newcomer') ?? 0);
  }
  for (const def of setup.counters) {
    const order = callOrder(s, def, s.counters[def.id] ?? closedCounter(def.id), setup.priorityPolicy).map((t) => t.id);
    const callable = all.filter((t) => t.status === 'waiting' && servesTicket(def, t)).map((t) => t.id);
    expect(order.toSorted(), `counter ${def.id} may call`).toEqual(callable.toSorted());
    expect(new Set(order).size).toBe(order.length);
  }
}

const office = fc.record({
  policy: fc.constantFrom({ kind: 'strict' } as const, { kind: 'interleaved', normalPerPriority: 2 } as const),
  endOfDay: fc.constantFrom('expire' as const, 'carryOver' as const),
});

describe('the index kept by evolve (fast-check)', () => {
  it('after every command equals a recount of the tickets, and the queries read from it equal a scan of the day', () => {
    let checked = 0;
    fc.assert(fc.property(office, fc.array(stepOrCallBack, { minLength: 1, maxLength: 80, size: 'max' }), (o, steps) => {
      const setup = demoSetup({ priorityPolicy: o.policy, endOfDay: o.endOfDay });
      const log: QueueEvent[] = [setupApplied(setup)];
      let state = evolveAll(initialState(), log);
      let at = T0;
      steps.forEach((st, n) => {
        at += st.k === 'wait' ? (st as { minutes: number }).minutes * 60_000 : 20_000;
        const cmd = commandOf(st as Step, state, at, n);
        if (!cmd) return;
        try {
          const events = decide(cmd, state);
          state = evolveAll(state, events);
          log.push(...events);
        } catch (e) {
          if (!(e instanceof QueueError)) throw e;
          return;
        }
        expect(state.index).toEqual(recount(state));
        expect(indexTickets(state.tickets.values())).toEqual(state.index);
        checkQueries(state, setup, at);
        checked++;
      });
      // The same events one at a time, and the state through a snapshot, give the same state and index.
      expect(log.reduce(evolve, initialState())).toEqual(state);
      expect(stateFromJson(JSON.parse(JSON.stringify(stateToJson(state))) as StateJson)).toEqual(state);
    }), { numRuns: RUNS });
    expect(checked).toBeGreaterThan(RUNS);
  });
});
