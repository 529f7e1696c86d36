/** Random command sequences for the property tests: a fast-check arbitrary of steps, and the command each step makes. */
import fc from 'fast-check';
import type { Command, QueueState } from '../../src/core';

const counters = ['q1', 'q2', 'q3', 'q9'];
const services = ['hotich', 'chungthuc', 'datdai', 'nope'];

/** A command template; ids of tickets are picked among those issued so far (or unknown ones). */
const counter = fc.constantFrom('q1', 'q1', 'q2', 'q3', 'q9');
const who = fc.constantFrom('canbo1', 'canbo1', 'canbo1', 'canbo2');
/** One step of a random office day. */
export const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant('issue'), service: fc.constantFrom(...services), priority: fc.constantFrom(null, null, 'elderly', 'disabled', 'bogus') }) },
  { weight: 10, arbitrary: fc.record({ k: fc.constantFrom('openCounter', 'closeCounter', 'resumeCounter', 'callNext', 'callNext', 'recall', 'startServing', 'complete', 'complete', 'noShow', 'noShow'), counter, staff: who }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pauseCounter'), counter, staff: who, reason: fc.string({ maxLength: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('callTicket'), counter, staff: who, pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('transfer'), counter, staff: who, to: fc.oneof(fc.record({ toServiceId: fc.constantFrom(...services) }), fc.record({ toCounterId: fc.constantFrom(...counters) })) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('rollDay') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('wait'), minutes: fc.integer({ min: 0, max: 600 }) }) },
);
/** The steps above and calling back a no-show (the only way a finished ticket is open again). */
export const stepOrCallBack = fc.oneof(
  { weight: 13, arbitrary: step },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('callBackNoShow'), counter, staff: who, pick: fc.nat() }) },
);
export type Step = { k: string; service?: string; priority?: string | null; counter?: string; staff?: string; reason?: string; pick?: number; to?: { toServiceId?: string; toCounterId?: string } };

/** The command a step makes in this state (null for a pause in time). */
export function commandOf(s: Step, state: QueueState, at: number, n: number): Command | null {
  const ids = [...state.tickets.keys()];
  const pickId = (p = 0) => (ids.length && p % 5 ? ids[p % ids.length]! : `unknown-${p}`);
  const c = { counterId: s.counter!, staffId: s.staff!, at };
  switch (s.k) {
    case 'issue': return { type: 'issueTicket', ticketId: `t${n}`, serviceId: s.service!, priority: s.priority ?? null, at };
    case 'pauseCounter': return { type: 'pauseCounter', reason: s.reason!, ...c };
    case 'callTicket': return { type: 'callTicket', ticketId: pickId(s.pick), ...c };
    case 'transfer': return { type: 'transfer', ...s.to, ...c };
    case 'callBackNoShow': {
      const absent = [...state.tickets.values()].filter((t) => t.status === 'noShow');
      return { type: 'callBackNoShow', ticketId: absent.length ? absent[s.pick! % absent.length]!.id : `unknown-${s.pick}`, ...c };
    }
    case 'cancel': return { type: 'cancelTicket', ticketId: pickId(s.pick), by: 'canbo1', at };
    case 'rollDay': return { type: 'rollDay', at };
    case 'wait': return null;
    default: return { type: s.k, ...c } as Command;
  }
}

