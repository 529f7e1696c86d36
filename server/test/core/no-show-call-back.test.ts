import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core';
import { act, demoSetup, given, history, issue, min, next } from './given';

const callBack = (counterId: string, ticketId: string, at: number, staffId = 'canbo1'): Command =>
  ({ type: 'callBackNoShow', counterId, ticketId, staffId, at });

// t1 called at 08:01 and marked absent at 08:02; t2 waits.
const day = (over = {}) => history(demoSetup(over), issue('t1', 'hotich', min(0)), issue('t2', 'hotich', min(0)),
  next('q1', min(1)), act('noShow', 'q1', min(2)));

describe('calling back a no-show the same day', () => {
  it('given a no-show ten minutes ago, when staff calls it back, then it is called again (out of order) at this counter', () => {
    const s = given(day()).when(callBack('q1', 't1', min(12))).then([
      { type: 'NoShowCalledBack', ticketId: 't1', counterId: 'q1' },
      { type: 'TicketCalled', ticketId: 't1', counterId: 'q1', outOfOrder: true },
    ]);
    expect(s.tickets.get('t1')).toMatchObject({ status: 'called', counterId: 'q1', finishedAt: null, firstCalledAt: min(1) });
    expect(s.counters.q1!.currentTicketId).toBe('t1');
  });

  it('completes the citizen in hand first, and the called-back ticket can then be served and completed', () => {
    const after = history(demoSetup(), issue('t1', 'hotich', min(0)), issue('t2', 'hotich', min(0)), next('q1', min(1)),
      act('noShow', 'q1', min(2)), next('q1', min(3)));
    const s2 = given(after).when(callBack('q1', 't1', min(8))).then([
      { type: 'TicketCompleted', ticketId: 't2', auto: true }, { type: 'NoShowCalledBack', ticketId: 't1' }, { type: 'TicketCalled', ticketId: 't1' },
    ]);
    expect(s2.tickets.get('t2')!.status).toBe('done');
    const served = history(demoSetup(), issue('t1', 'hotich', min(0)), next('q1', min(1)), act('noShow', 'q1', min(2)),
      callBack('q1', 't1', min(8)), act('startServing', 'q1', min(9)));
    const done = given(served).when(act('complete', 'q1', min(15))).then([{ type: 'TicketCompleted', ticketId: 't1', auto: false }]);
    expect(done.tickets.get('t1')).toMatchObject({ status: 'done', finishedAt: min(15) });
    expect(done.counters.q1!.lastCompleted).toEqual({ ticketId: 't1', at: min(15) });
  });

  it('refuses once the allowed minutes are over (default 30)', () => {
    given(day()).when(callBack('q1', 't1', min(2 + 30))).then([{ type: 'NoShowCalledBack' }, { type: 'TicketCalled' }]);
    given(day()).when(callBack('q1', 't1', min(2 + 31))).thenRefuses('CALL_BACK_EXPIRED');
    given(day({ noShowCallBackMinutes: 5 })).when(callBack('q1', 't1', min(8))).thenRefuses('CALL_BACK_EXPIRED');
    given(day({ noShowCallBackMinutes: 0 })).when(callBack('q1', 't1', min(2))).thenRefuses('CALL_BACK_EXPIRED');
  });

  it('refuses a ticket that is not a no-show, one of a service the counter does not serve, and at a paused counter', () => {
    given(day()).when(callBack('q1', 't2', min(5))).thenRefuses('TICKET_NOT_NO_SHOW');
    given(day()).when(callBack('q2', 't1', min(5), 'canbo2')).thenRefuses('NOT_AT_THIS_COUNTER');
    given([...day(), { type: 'CounterPaused', at: min(3), counterId: 'q1', staffId: 'canbo1', reason: 'Họp' }])
      .when(callBack('q1', 't1', min(5))).thenRefuses('COUNTER_PAUSED');
    given(day()).when(callBack('q3', 't1', min(5), 'canbo3')).then([{ type: 'CounterOpened', counterId: 'q3' }, { type: 'NoShowCalledBack' }, { type: 'TicketCalled' }]);
  });
});
