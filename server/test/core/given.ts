/** given(events).when(command).then(events) / .thenRefuses(code): the decider's test harness. */
import { expect } from 'vitest';
import { decide, evolveAll, initialState, QueueError, type Command, type QueueErrorCode, type QueueEvent, type QueueState, type Setup } from '../../src/core';

/** 2026-11-23 08:00 in Hà Nội (UTC+7), a Monday. */
export const T0 = Date.UTC(2026, 10, 23, 1, 0);
export const min = (n: number) => T0 + n * 60_000;

export function demoSetup(over: Partial<Setup> = {}): Setup {
  return {
    timeZone: 'Asia/Ho_Chi_Minh',
    dayResetAt: '06:00',
    endOfDay: 'expire',
    priorityPolicy: { kind: 'strict' },
    priorities: [{ id: 'elderly', name: 'Người cao tuổi' }, { id: 'disabled', name: 'Người khuyết tật' }],
    services: [
      { id: 'hotich', name: 'Hộ tịch', numbering: { kind: 'prefix', prefix: 'A', pad: 3 }, avgServiceMinutes: 6, enabled: true },
      { id: 'chungthuc', name: 'Chứng thực', numbering: { kind: 'range', from: 1001, to: 1999, pad: 4 }, avgServiceMinutes: 4, enabled: true },
      { id: 'datdai', name: 'Đất đai', numbering: { kind: 'prefix', prefix: 'D', pad: 3 }, dailyCap: 2, avgServiceMinutes: 10, enabled: true },
    ],
    counters: [
      { id: 'q1', number: 1, name: 'Quầy 1', services: ['hotich', 'chungthuc'] },
      { id: 'q2', number: 2, name: 'Quầy 2', services: ['chungthuc'] },
      { id: 'q3', number: 3, name: 'Quầy 3', services: ['datdai', 'hotich'] },
    ],
    ...over,
  };
}

export const setupApplied = (setup: Setup = demoSetup()): QueueEvent => ({ type: 'SetupApplied', at: T0 - 3_600_000, setup, source: 'config', by: 'test' });

/** Runs commands one after the other from a state, returning every event; for building a "given". */
export function history(setup: Setup, ...commands: Command[]): QueueEvent[] {
  const events: QueueEvent[] = [setupApplied(setup)];
  let s = evolveAll(initialState(), events);
  for (const c of commands) {
    const e = decide(c, s);
    events.push(...e);
    s = evolveAll(s, e);
  }
  return events;
}

export function stateOf(events: QueueEvent[]): QueueState {
  return evolveAll(initialState(), events);
}

export function given(events: QueueEvent[]) {
  const state = stateOf(events);
  return {
    state,
    when(cmd: Command) {
      const attempt = () => decide(cmd, state);
      return {
        then(expected: Array<{ type: QueueEvent['type'] } & Record<string, unknown>>) {
          const got = attempt();
          expect(got).toMatchObject(expected);
          expect(got).toHaveLength(expected.length);
          return evolveAll(state, got);
        },
        thenRefuses(code: QueueErrorCode) {
          let err: unknown;
          try { attempt(); } catch (e) { err = e; }
          expect(err).toBeInstanceOf(QueueError);
          expect((err as QueueError).code).toBe(code);
        },
      };
    },
  };
}

// Command builders keep the tests short.
export const issue = (ticketId: string, serviceId: string, at = min(0), priority: string | null = null): Command =>
  ({ type: 'issueTicket', ticketId, serviceId, priority, at });
export const next = (counterId: string, at = min(1), staffId = 'canbo1'): Command => ({ type: 'callNext', counterId, staffId, at });
export const act = <T extends 'recall' | 'complete' | 'noShow' | 'startServing' | 'resumeCounter' | 'closeCounter' | 'openCounter'>(
  type: T, counterId: string, at = min(2), staffId = 'canbo1'): Command => ({ type, counterId, staffId, at } as Command);
