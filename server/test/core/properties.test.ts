/**
 * Property tests of the queue core (fast-check): random sequences of commands, refused or not, keep
 * every invariant of the queue. FUZZ_RUNS (the soak) raises the number of sequences tried.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, evolveAll, initialState, isFinished, QueueError, waitingCounts, type Command, type QueueState } from '../../src/core';
import { demoSetup, setupApplied, T0 } from './given';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const counters = ['q1', 'q2', 'q3', 'q9'];
const services = ['hotich', 'chungthuc', 'datdai', 'nope'];

/** A command template; ids of tickets are picked among those issued so far (or unknown ones). */
const counter = fc.constantFrom('q1', 'q1', 'q2', 'q3', 'q9');
const who = fc.constantFrom('canbo1', 'canbo1', 'canbo1', 'canbo2');
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant('issue'), service: fc.constantFrom(...services), priority: fc.constantFrom(null, null, 'elderly', 'disabled', 'bogus') }) },
  { weight: 10, arbitrary: fc.record({ k: fc.constantFrom('openCounter', 'closeCounter', 'resumeCounter', 'callNext', 'callNext', 'recall', 'startServing', 'complete', 'complete', 'noShow', 'noShow'), counter, staff: who }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pauseCounter'), counter, staff: who, reason: fc.string({ maxLength: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('callTicket'), counter, staff: who, pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('transfer'), counter, staff: who, to: fc.oneof(fc.record({ toServiceId: fc.constantFrom(...services) }), fc.record({ toCounterId: fc.constantFrom(...counters) })) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('rollDay') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('wait'), minutes: fc.integer({ min: 0, max: 600 }) }) },
);
type Step = { k: string; service?: string; priority?: string | null; counter?: string; staff?: string; reason?: string; pick?: number; to?: { toServiceId?: string; toCounterId?: string } };

function commandOf(s: Step, state: QueueState, at: number, n: number): Command | null {
  const ids = Object.keys(state.tickets);
  const pickId = (p = 0) => (ids.length && p % 5 ? ids[p % ids.length]! : `unknown-${p}`);
  const c = { counterId: s.counter!, staffId: s.staff!, at };
  switch (s.k) {
    case 'issue': return { type: 'issueTicket', ticketId: `t${n}`, serviceId: s.service!, priority: s.priority ?? null, at };
    case 'pauseCounter': return { type: 'pauseCounter', reason: s.reason!, ...c };
    case 'callTicket': return { type: 'callTicket', ticketId: pickId(s.pick), ...c };
    case 'transfer': return { type: 'transfer', ...s.to, ...c };
    case 'cancel': return { type: 'cancelTicket', ticketId: pickId(s.pick), by: 'canbo1', at };
    case 'rollDay': return { type: 'rollDay', at };
    case 'wait': return null;
    default: return { type: s.k, ...c } as Command;
  }
}

/** Every invariant of a queue state; the message says which one broke. */
function checkInvariants(s: QueueState, numbersSeen: Map<string, string>): void {
  const active = new Map<string, string>();
  for (const t of Object.values(s.tickets)) {
    expect(['waiting', 'called', 'serving', 'done', 'noShow', 'cancelled', 'expired']).toContain(t.status);
    // No number twice in a service-day (across the whole run, also for tickets dropped at rollover).
    const key = `${t.day}|${t.number}`; // the demo's series (A.., 1001.., D..) never overlap
    const owner = numbersSeen.get(key);
    if (owner !== undefined) expect(owner, `number ${t.number} twice on ${t.day}`).toBe(t.id);
    numbersSeen.set(key, t.id);
    if (t.status === 'called' || t.status === 'serving') {
      expect(t.counterId, `${t.id} active without a counter`).toBeTruthy();
      expect(active.has(t.counterId!), `two tickets active at ${t.counterId}`).toBe(false);
      active.set(t.counterId!, t.id);
      expect(s.counters[t.counterId!]?.currentTicketId, `${t.counterId} does not hold its active ticket`).toBe(t.id);
    }
    if (t.status === 'waiting') expect(t.counterId).toBeNull();
    if (isFinished(t)) expect(t.finishedAt === null && t.status !== 'expired').toBe(false);
  }
  for (const c of Object.values(s.counters)) {
    if (!c.currentTicketId) continue;
    const t = s.tickets[c.currentTicketId];
    // A counter holds a ticket only while it is called or being served there.
    if (t && (t.status === 'called' || t.status === 'serving')) expect(t.counterId).toBe(c.id);
  }
  const counts = waitingCounts(s);
  for (const sv of s.setup?.services ?? []) {
    expect(counts[sv.id] ?? 0).toBe(Object.values(s.tickets).filter((t) => t.status === 'waiting' && t.serviceId === sv.id).length);
  }
}

/** Freezes a state deeply: evolve must build new objects, never change the ones it was given. */
function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const seen = new Set<string>();

describe('the queue core under random command sequences (fast-check)', () => {
  it('keeps every invariant; a refused command is a QueueError and changes nothing; evolve never mutates', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 80, size: 'max' }), (steps) => {
      let state = evolveAll(initialState(), [setupApplied(demoSetup())]);
      let at = T0;
      const numbers = new Map<string, string>();
      steps.forEach((s, n) => {
        at += s.k === 'wait' ? (s as { minutes: number }).minutes * 60_000 : 1000;
        const cmd = commandOf(s as Step, state, at, n);
        if (!cmd) return;
        const before = deepFreeze(state);
        const snapshot = JSON.stringify(before);
        let events;
        try {
          events = decide(cmd, before);
        } catch (e) {
          if (!(e instanceof QueueError)) throw e;
          expect(JSON.stringify(state)).toBe(snapshot);
          return;
        }
        state = evolveAll(before, events);
        expect(JSON.stringify(before)).toBe(snapshot);
        for (const e of events) seen.add(e.type);
        checkInvariants(state, numbers);
      });
    }), { numRuns: RUNS });
    // The sequences reach the interesting paths, not only refusals.
    for (const type of ['TicketIssued', 'TicketCalled', 'TicketCompleted', 'TicketNoShow', 'TicketTransferred', 'TicketCancelled', 'DayRolledOver']) expect(seen).toContain(type);
  });

  it('replaying the events gives the same state as applying them one command at a time', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }), (steps) => {
      const log = [setupApplied(demoSetup())];
      let state = evolveAll(initialState(), log);
      let at = T0;
      steps.forEach((s, n) => {
        at += 30_000;
        const cmd = commandOf(s as Step, state, at, n);
        if (!cmd) return;
        try {
          const events = decide(cmd, state);
          log.push(...events);
          state = evolveAll(state, events);
        } catch (e) {
          if (!(e instanceof QueueError)) throw e;
        }
      });
      expect(evolveAll(initialState(), log)).toEqual(state);
    }), { numRuns: RUNS });
  });
});
