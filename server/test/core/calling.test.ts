import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core';
import { act, demoSetup, given, history, issue, min, next, stateOf } from './given';

const callTicket = (counterId: string, ticketId: string, staffId = 'canbo1'): Command => ({ type: 'callTicket', counterId, ticketId, staffId, at: min(5) });

describe('calling the next number', () => {
  it('given a closed counter and a waiting ticket, when staff calls next, then the counter opens for them and the ticket is called', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when(next('q1')).then([
      { type: 'CounterOpened', counterId: 'q1', staffId: 'canbo1' },
      { type: 'TicketCalled', ticketId: 't1', counterId: 'q1', staffId: 'canbo1', outOfOrder: false },
    ]);
  });

  it('calls in order of issue within a service', () => {
    const s = given(history(demoSetup(), issue('t1', 'hotich', min(0)), issue('t2', 'hotich', min(1)))).when(next('q1', min(2))).then([
      { type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 't1' },
    ]);
    expect(s.tickets.get('t1')!.status).toBe('called');
  });

  it('given nobody waiting, when staff calls next, then QUEUE_EMPTY and the counter stays as it was', () => {
    given(history(demoSetup(), issue('t1', 'chungthuc'))).when(next('q3')).thenRefuses('QUEUE_EMPTY');
  });

  it('follows the counter\'s service preference: its first service before its second', () => {
    given(history(demoSetup(), issue('c1', 'chungthuc', min(0)), issue('h1', 'hotich', min(1)))).when(next('q1', min(2))).then([
      { type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 'h1' },
    ]);
  });

  it('takes from the second service when the first is empty', () => {
    given(history(demoSetup(), issue('c1', 'chungthuc', min(0)))).when(next('q1', min(2))).then([
      { type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 'c1' },
    ]);
  });

  it('completes the ticket in hand automatically when staff calls the next one', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'), next('q1', min(1)))).when(next('q1', min(5))).then([
      { type: 'TicketCompleted', ticketId: 't1', auto: true },
      { type: 'TicketCalled', ticketId: 't2' },
    ]);
  });

  it('given a counter held by another staff member, when someone else calls, then COUNTER_TAKEN', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'), next('q1', min(1), 'canbo1')))
      .when(next('q1', min(2), 'canbo2')).thenRefuses('COUNTER_TAKEN');
  });

  it('refuses an unknown counter with UNKNOWN_COUNTER', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when(next('q9')).thenRefuses('UNKNOWN_COUNTER');
  });
});

describe('priority', () => {
  it('strict: given normal, priority, normal, when called, then the priority ticket comes first', () => {
    const h = history(demoSetup(), issue('n1', 'hotich', min(0)), issue('p1', 'hotich', min(1), 'elderly'), issue('n2', 'hotich', min(2)));
    given(h).when(next('q1', min(3))).then([{ type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 'p1' }]);
  });

  it('strict: a priority ticket of the counter\'s second service still goes before normal ones of its first', () => {
    const h = history(demoSetup(), issue('n1', 'hotich', min(0)), issue('p1', 'chungthuc', min(1), 'disabled'));
    given(h).when(next('q1', min(3))).then([{ type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 'p1' }]);
  });

  it('interleaved 2:1: two normal tickets, then one priority, then normal again', () => {
    const setup = demoSetup({ priorityPolicy: { kind: 'interleaved', normalPerPriority: 2 } });
    const calls = [0, 1, 2, 3, 4].map((i) => next('q1', min(10 + i)));
    const state = stateOf(history(setup,
      issue('p1', 'hotich', min(0), 'elderly'), issue('p2', 'hotich', min(0.5), 'elderly'),
      issue('n1', 'hotich', min(1)), issue('n2', 'hotich', min(2)), issue('n3', 'hotich', min(3)), ...calls));
    const order = [...state.tickets.values()].sort((a, b) => a.firstCalledAt! - b.firstCalledAt!).map((t) => t.id);
    expect(order).toEqual(['n1', 'n2', 'p1', 'n3', 'p2']);
  });

  it('interleaved: with no normal ticket waiting, a priority ticket is called at once', () => {
    const setup = demoSetup({ priorityPolicy: { kind: 'interleaved', normalPerPriority: 3 } });
    given(history(setup, issue('p1', 'hotich', min(0), 'elderly'))).when(next('q1')).then([{ type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 'p1' }]);
  });
});

describe('calling a specific ticket out of order', () => {
  it('calls the named ticket and marks it out of order', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), issue('t2', 'hotich'))).when(callTicket('q1', 't2')).then([
      { type: 'CounterOpened' }, { type: 'TicketCalled', ticketId: 't2', outOfOrder: true },
    ]);
  });

  it('refuses a ticket of a service the counter does not serve with NOT_AT_THIS_COUNTER', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when(callTicket('q2', 't1')).thenRefuses('NOT_AT_THIS_COUNTER');
  });

  it('refuses a ticket that is not waiting with TICKET_NOT_WAITING', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'))).when(callTicket('q3', 't1', 'canbo3')).thenRefuses('TICKET_NOT_WAITING');
  });

  it('refuses an unknown ticket with UNKNOWN_TICKET', () => {
    given(history(demoSetup(), issue('t1', 'hotich'))).when(callTicket('q1', 'zzz')).thenRefuses('UNKNOWN_TICKET');
  });
});

describe('recall, serve, complete, no-show', () => {
  const called = () => history(demoSetup(), issue('t1', 'hotich'), next('q1'));

  it('recall counts the recalls', () => {
    const s = given(called()).when(act('recall', 'q1')).then([{ type: 'TicketRecalled', ticketId: 't1', recalls: 1 }]);
    expect(s.tickets.get('t1')!.recalls).toBe(1);
  });

  it('start serving moves the ticket to serving', () => {
    const s = given(called()).when(act('startServing', 'q1')).then([{ type: 'ServiceStarted', ticketId: 't1' }]);
    expect(s.tickets.get('t1')!.status).toBe('serving');
  });

  it('complete finishes the ticket and frees the counter', () => {
    const s = given(called()).when(act('complete', 'q1', min(9))).then([{ type: 'TicketCompleted', ticketId: 't1', auto: false }]);
    expect(s.tickets.get('t1')).toMatchObject({ status: 'done', finishedAt: min(9) });
    expect(s.counters.q1).toMatchObject({ currentTicketId: null, servedToday: 1 });
  });

  it('no-show finishes the ticket as absent and does not count it as served', () => {
    const s = given(called()).when(act('noShow', 'q1')).then([{ type: 'TicketNoShow', ticketId: 't1' }]);
    expect(s.tickets.get('t1')!.status).toBe('noShow');
    expect(s.counters.q1!.servedToday).toBe(0);
  });

  it('refuses no-show for a citizen already being served (TICKET_NOT_CALLED)', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'), act('startServing', 'q1'))).when(act('noShow', 'q1', min(3))).thenRefuses('TICKET_NOT_CALLED');
  });

  it('refuses recall while serving (TICKET_NOT_CALLED)', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'), act('startServing', 'q1'))).when(act('recall', 'q1', min(3))).thenRefuses('TICKET_NOT_CALLED');
  });

  it('refuses complete at an idle counter with COUNTER_IDLE', () => {
    given(history(demoSetup(), issue('t1', 'hotich'), next('q1'), act('complete', 'q1'))).when(act('complete', 'q1', min(3))).thenRefuses('COUNTER_IDLE');
  });

  it('refuses complete at a closed counter with COUNTER_CLOSED', () => {
    given(history(demoSetup())).when(act('complete', 'q1')).thenRefuses('COUNTER_CLOSED');
  });

  it('refuses complete by someone who does not hold the counter with COUNTER_TAKEN', () => {
    given(called()).when(act('complete', 'q1', min(3), 'canbo2')).thenRefuses('COUNTER_TAKEN');
  });
});
