import { describe, expect, it } from 'vitest';
import { businessDay, setupProblems } from '../../src/core';
import { demoSetup, given, history, issue, min, next, stateOf, T0 } from './given';

const HOUR = 3_600_000;
/** 2026-11-24 07:30 in Hà Nội. */
const TOMORROW = T0 + 23.5 * HOUR;

describe('business days', () => {
  it('uses the office time zone: 23:30 UTC is already the next day in Hà Nội', () => {
    expect(businessDay(Date.UTC(2026, 10, 23, 23, 30), 'Asia/Ho_Chi_Minh', '00:00')).toBe('2026-11-24');
  });
  it('a day starts at the reset time, not at midnight', () => {
    const at0550 = Date.UTC(2026, 10, 23, 22, 50); // 05:50 on the 24th in Hà Nội
    expect(businessDay(at0550, 'Asia/Ho_Chi_Minh', '06:00')).toBe('2026-11-23');
    expect(businessDay(at0550 + 20 * 60_000, 'Asia/Ho_Chi_Minh', '06:00')).toBe('2026-11-24');
  });
});

describe('the end of the day', () => {
  it('given yesterday\'s numbers, when the first ticket of a new day is issued, then numbering restarts at 001', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'))).when(issue('t3', 'hotich', TOMORROW)).then([
      { type: 'DayRolledOver', from: '2026-11-23', to: '2026-11-24' },
      { type: 'TicketIssued', ticket: { number: 'A001', day: '2026-11-24' } },
    ]);
  });

  it('expire: tickets still waiting at closing expire, the one in hand is completed, counters close', () => {
    const h = history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'), next('q1', min(1)));
    const s = given(h).when({ type: 'rollDay', at: TOMORROW }).then([
      { type: 'DayRolledOver', expired: ['t2'], carried: [], autoCompleted: ['t1'] },
    ]);
    expect(s.tickets.size).toBe(0);
    expect(s.counters.q1).toMatchObject({ status: 'closed', currentTicketId: null });
  });

  it('carry over: waiting tickets stay in the queue and today\'s numbers continue after them', () => {
    const setup = demoSetup({ endOfDay: 'carryOver' });
    const h = history(setup, issue('t1', 'hotich'), issue('t2', 'hotich'));
    given(h).when(issue('t3', 'hotich', TOMORROW)).then([
      { type: 'DayRolledOver', carried: ['t1', 't2'], expired: [] },
      { type: 'TicketIssued', ticket: { number: 'A003' } },
    ]);
    const s = stateOf(history(setup, issue('t1', 'hotich'), { type: 'rollDay', at: TOMORROW }));
    expect(s.tickets.get('t1')).toMatchObject({ status: 'waiting', issuedAt: T0 });
  });

  it('rolls over once: a second command the same day does not roll again', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when({ type: 'rollDay', at: min(30) }).then([]);
  });

  it('never rolls back when the clock goes back', () => {
    given(history(demoSetup(), issue('t1', 'hotich', TOMORROW))).when(issue('t2', 'hotich', min(0))).then([
      { type: 'TicketIssued', ticket: { number: 'A002' } },
    ]);
  });

  it('a new day resets the daily cap', () => {
    given(history(demoSetup(), issue('d1', 'datdai'), issue('d2', 'datdai'))).when(issue('d3', 'datdai', TOMORROW)).then([
      { type: 'DayRolledOver' }, { type: 'TicketIssued', ticket: { number: 'D001' } },
    ]);
    void next;
  });
});

describe('set-up rules', () => {
  it('refuses a counter serving an unknown service, naming its path', () => {
    const setup = demoSetup();
    setup.counters[1]!.services.push('ghost');
    expect(setupProblems(setup)).toEqual(['counters.1.services.1: unknown service "ghost"']);
    given([]).when({ type: 'applySetup', setup, source: 'config', by: 'test', at: T0 }).thenRefuses('INVALID_SETUP');
  });
  it('refuses duplicate ids, shared prefixes and upside-down ranges', () => {
    const setup = demoSetup();
    setup.services.push({ ...setup.services[0]!, numbering: { kind: 'prefix', prefix: 'A', pad: 3 } });
    setup.services[1]!.numbering = { kind: 'range', from: 10, to: 5, pad: 2 };
    const problems = setupProblems(setup);
    expect(problems).toContain('services: duplicate id "hotich"');
    expect(problems).toContain('services: two services share the prefix "A", their numbers would collide');
    expect(problems).toContain('services.1.numbering: range ends (5) before it starts (10)');
  });
  it('accepts the demo set-up', () => {
    expect(setupProblems(demoSetup())).toEqual([]);
  });
});
