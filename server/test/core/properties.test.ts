/**
 * Property tests of the queue core (fast-check): random sequences of commands, refused or not, keep
 * every invariant of the queue. FUZZ_RUNS (the soak) raises the number of sequences tried.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, evolveAll, initialState, isFinished, QueueError, waitingCounts, type QueueState } from '../../src/core';
import { demoSetup, setupApplied, T0 } from './given';
import { commandOf, step, type Step } from './random-commands';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Every invariant of a queue state; the message says which one broke. */
function checkInvariants(s: QueueState, numbersSeen: Map<string, string>): void {
  const active = new Map<string, string>();
  for (const t of s.tickets.values()) {
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
    const t = s.tickets.get(c.currentTicketId);
    // A counter holds a ticket only while it is called or being served there.
    if (t && (t.status === 'called' || t.status === 'serving')) expect(t.counterId).toBe(c.id);
  }
  const counts = waitingCounts(s);
  for (const sv of s.setup?.services ?? []) {
    expect(counts[sv.id] ?? 0).toBe([...s.tickets.values()].filter((t) => t.status === 'waiting' && t.serviceId === sv.id).length);
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
