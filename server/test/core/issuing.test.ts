import { describe, it } from 'vitest';
import { demoSetup, given, history, issue, min, T0 } from './given';

describe('issuing a ticket', () => {
  it('given a fresh office, when a ticket is issued, then the day opens and it gets the first number', () => {
    given(history(demoSetup())).when(issue('t1', 'hotich')).then([
      { type: 'DayRolledOver', from: null, to: '2026-11-23' },
      { type: 'TicketIssued', ticket: { id: 't1', number: 'A001', seq: 1, serviceId: 'hotich', priority: null, day: '2026-11-23', issuedAt: T0 } },
    ]);
  });

  it('given two tickets in a prefix service, when a third is issued, then it is A003', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'))).when(issue('t3', 'hotich', min(3))).then([
      { type: 'TicketIssued', ticket: { number: 'A003', seq: 3 } },
    ]);
  });

  it('given a range service 1001-1999, when the first ticket is issued, then it is 1001', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when(issue('t2', 'chungthuc')).then([
      { type: 'TicketIssued', ticket: { number: '1001' } },
    ]);
  });

  it('numbers each service separately', () => {
    const state = given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'chungthuc'))).when(issue('t3', 'hotich')).then([
      { type: 'TicketIssued', ticket: { number: 'A002' } },
    ]);
    given(history(demoSetup(), issue('t1', 'hotich'))).when(issue('t2', 'chungthuc')).then([{ type: 'TicketIssued', ticket: { number: '1001' } }]);
    void state;
  });

  it('pads with zeros as configured', () => {
    const setup = demoSetup();
    setup.services[0]!.numbering = { kind: 'prefix', prefix: 'HT', pad: 4 };
    given(history(setup, issue('t0', 'chungthuc'))).when(issue('t1', 'hotich')).then([{ type: 'TicketIssued', ticket: { number: 'HT0001' } }]);
  });

  it('keeps the priority category on the ticket', () => {
    given(history(demoSetup(), issue('t0', 'hotich'))).when(issue('t1', 'hotich', min(1), 'elderly')).then([
      { type: 'TicketIssued', ticket: { priority: 'elderly', number: 'A002' } },
    ]);
  });

  it('refuses an unknown service with UNKNOWN_SERVICE', () => {
    given(history(demoSetup())).when(issue('t1', 'nope')).thenRefuses('UNKNOWN_SERVICE');
  });

  it('refuses an unknown priority category with UNKNOWN_PRIORITY', () => {
    given(history(demoSetup())).when(issue('t1', 'hotich', min(0), 'vip')).thenRefuses('UNKNOWN_PRIORITY');
  });

  it('refuses a disabled service with SERVICE_DISABLED', () => {
    const setup = demoSetup();
    setup.services[0]!.enabled = false;
    given(history(setup)).when(issue('t1', 'hotich')).thenRefuses('SERVICE_DISABLED');
  });

  it('given a service with a daily cap of 2 that issued 2, when a third is asked, then DAILY_CAP_REACHED', () => {
    given(history(demoSetup(), issue('t1', 'datdai'), issue('t2', 'datdai'))).when(issue('t3', 'datdai')).thenRefuses('DAILY_CAP_REACHED');
  });

  it('given a range with one number left used up, when another is asked, then RANGE_EXHAUSTED', () => {
    const setup = demoSetup();
    setup.services[1]!.numbering = { kind: 'range', from: 1, to: 2, pad: 1 };
    given(history(setup, issue('t1', 'chungthuc'), issue('t2', 'chungthuc'))).when(issue('t3', 'chungthuc')).thenRefuses('RANGE_EXHAUSTED');
  });

  it('refuses any command before the office has a set-up', () => {
    given([]).when(issue('t1', 'hotich')).thenRefuses('INVALID_SETUP');
  });
});
