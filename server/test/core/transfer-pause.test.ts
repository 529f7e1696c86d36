import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core';
import { act, demoSetup, given, history, issue, min, next, stateOf } from './given';

const transfer = (counterId: string, to: { toServiceId?: string; toCounterId?: string }, at = min(6)): Command =>
  ({ type: 'transfer', counterId, staffId: 'canbo1', at, ...to });
const pause = (counterId: string, reason: string, at = min(3)): Command => ({ type: 'pauseCounter', counterId, staffId: 'canbo1', reason, at });

describe('transfer', () => {
  const atQ1 = () => history(demoSetup(), issue('p1', 'hotich', min(0), 'elderly'), next('q1', min(1)));

  it('moves the ticket to another service, keeping its issue time and priority', () => {
    const s = given(atQ1()).when(transfer('q1', { toServiceId: 'chungthuc' })).then([
      { type: 'TicketTransferred', ticketId: 'p1', fromCounterId: 'q1', toServiceId: 'chungthuc', toCounterId: null },
    ]);
    expect(s.tickets.get('p1')).toMatchObject({ status: 'waiting', serviceId: 'chungthuc', issuedAt: min(0), priority: 'elderly', transfers: 1, number: 'A001' });
    expect(s.counters.q1!.currentTicketId).toBeNull();
  });

  it('a transferred ticket goes before later tickets of its new service, since it keeps its issue time', () => {
    const h = history(demoSetup(), issue('t1', 'hotich', min(0)), issue('c1', 'chungthuc', min(1)), next('q1', min(2)),
      transfer('q1', { toServiceId: 'chungthuc' }, min(3)));
    given(h).when(next('q2', min(4), 'canbo2')).then([{ type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 't1' }]);
  });

  it('to a specific counter: only that counter may call it, and it comes first there', () => {
    const h = history(demoSetup(), issue('c0', 'chungthuc', min(0)), issue('t1', 'hotich', min(0.5)), next('q1', min(2)),
      transfer('q1', { toCounterId: 'q3' }, min(3)));
    const s = stateOf(h);
    expect(s.tickets.get('t1')).toMatchObject({ targetCounterId: 'q3', serviceId: 'hotich' });
    given(h).when({ type: 'callTicket', counterId: 'q1', ticketId: 't1', staffId: 'canbo1', at: min(4) }).thenRefuses('NOT_AT_THIS_COUNTER');
    given(h).when(next('q3', min(4), 'canbo3')).then([{ type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 't1' }]);
  });

  it('refuses a transfer to the same service with SAME_DESTINATION', () => {
    given(atQ1()).when(transfer('q1', { toServiceId: 'hotich' })).thenRefuses('SAME_DESTINATION');
  });

  it('refuses a transfer to its own counter with SAME_DESTINATION', () => {
    given(atQ1()).when(transfer('q1', { toCounterId: 'q1' })).thenRefuses('SAME_DESTINATION');
  });

  it('refuses a transfer with no destination', () => {
    given(atQ1()).when(transfer('q1', {})).thenRefuses('SAME_DESTINATION');
  });

  it('refuses a transfer to an unknown service or counter', () => {
    given(atQ1()).when(transfer('q1', { toServiceId: 'x' })).thenRefuses('UNKNOWN_SERVICE');
    given(atQ1()).when(transfer('q1', { toCounterId: 'x' })).thenRefuses('UNKNOWN_COUNTER');
  });

  it('refuses a transfer from an idle counter with COUNTER_IDLE', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'), act('complete', 'q1'))).when(transfer('q1', { toServiceId: 'chungthuc' })).thenRefuses('COUNTER_IDLE');
  });
});

describe('pause and resume', () => {
  const open = () => history(demoSetup(), issue('t1', 'hotich'), act('openCounter', 'q1', min(0.5)));

  it('pausing records the reason', () => {
    const s = given(open()).when(pause('q1', 'Họp giao ban')).then([{ type: 'CounterPaused', counterId: 'q1', reason: 'Họp giao ban' }]);
    expect(s.counters.q1).toMatchObject({ status: 'paused', pauseReason: 'Họp giao ban' });
  });

  it('a paused counter cannot call: COUNTER_PAUSED', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), act('openCounter', 'q1', min(0.5)), pause('q1', 'Nghỉ trưa'))).when(next('q1', min(4))).thenRefuses('COUNTER_PAUSED');
  });

  it('resume opens it again', () => {
    const s = given(history(demoSetup(), act('openCounter', 'q1', min(0.5)), pause('q1', 'x'))).when(act('resumeCounter', 'q1', min(4))).then([{ type: 'CounterResumed' }]);
    expect(s.counters.q1).toMatchObject({ status: 'open', pauseReason: null });
  });

  it('refuses to pause twice (ALREADY_PAUSED) and to resume an open counter (NOT_PAUSED)', () => {
    given(history(demoSetup(), act('openCounter', 'q1', min(0.5)), pause('q1', 'x'))).when(pause('q1', 'y', min(4))).thenRefuses('ALREADY_PAUSED');
    given(open()).when(act('resumeCounter', 'q1')).thenRefuses('NOT_PAUSED');
  });

  it('refuses to pause a closed counter (COUNTER_CLOSED)', () => {
    given(history(demoSetup())).when(pause('q1', 'x')).thenRefuses('COUNTER_CLOSED');
  });

  it('closing a counter completes its ticket in hand and signs the staff out', () => {
    const s = given(history(demoSetup(), issue('t1', 'hotich'), next('q1'))).when(act('closeCounter', 'q1', min(8))).then([
      { type: 'TicketCompleted', ticketId: 't1', auto: true }, { type: 'CounterClosed' },
    ]);
    expect(s.counters.q1).toMatchObject({ status: 'closed', staffId: null });
  });

  it('opening a counter someone else holds is refused (COUNTER_TAKEN); opening it again yourself changes nothing', () => {
    given(open()).when(act('openCounter', 'q1', min(1), 'canbo2')).thenRefuses('COUNTER_TAKEN');
    given(open()).when(act('openCounter', 'q1', min(1))).then([]);
  });
});

describe('cancel', () => {
  it('cancels a waiting ticket', () => {
    const s = given(history(demoSetup(), issue('t1', 'hotich'))).when({ type: 'cancelTicket', ticketId: 't1', by: 'admin', at: min(2) }).then([{ type: 'TicketCancelled' }]);
    expect(s.tickets.get('t1')!.status).toBe('cancelled');
  });
  it('refuses to cancel a finished ticket with TICKET_FINISHED', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'), act('complete', 'q1'))).when({ type: 'cancelTicket', ticketId: 't1', by: 'admin', at: min(3) }).thenRefuses('TICKET_FINISHED');
  });
});
