/** Taking a number at the kiosk on a fake server: taken and printed, refused, offline, print failed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack, TicketView } from '@motcua/server/contract';
import { TAKE_ERROR_DEFAULT, TAKE_ERRORS } from '../src/model/citizen-errors';
import { fakeKiosk, snapshotOf } from './fake-kiosk';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('taking a number', () => {
  it('sends the service, priority, source and language, then shows the ticket', async () => {
    const { model, server, lang } = fakeKiosk();
    const { ticket, nav } = model;
    ticket.choosePriority('elderly');
    expect(nav.screen.value).toBe('services');
    lang.value = 'en';
    await ticket.take('hotich');
    expect(server.takeTicket).toHaveBeenCalledWith({ serviceId: 'hotich', priority: 'elderly', source: 'kiosk', lang: 'en' });
    expect(nav.screen.value).toBe('ticket');
    expect(ticket.ticket.value?.number).toBe('A001');
    expect(ticket.takingFor.value).toBeNull();
  });

  it('after a CCCD scan the number is taken with source "cccd"', async () => {
    const { model, server } = fakeKiosk();
    await model.scan.handleScan({ kind: 'cccd', greeting: 'Xin chào bà N***', greetingEn: 'Hello Ms N***' });
    await model.ticket.take('hotich');
    expect(server.takeTicket.mock.calls[0]![0].source).toBe('cccd');
  });

  it('a printed ticket leaves the screen sooner; one not printed stays longer and is dropped from the print queue', async () => {
    const printed = fakeKiosk({ idle: 20 });
    await printed.model.ticket.take('hotich');
    expect(printed.model.ticket.printState.value).toBeNull();
    printed.server.printResults.value = { t1: { ticketId: 't1', state: 'printed' } };
    expect(printed.model.nav.idleLimit.value).toBe(10);
    expect(printed.server.dropPrint).not.toHaveBeenCalled();

    for (const state of ['failed', 'queued'] as const) {
      const k = fakeKiosk({ idle: 20 });
      await k.model.ticket.take('hotich');
      k.server.printResults.value = { t1: { ticketId: 't1', state } };
      expect(k.model.ticket.printFailed.value).toBe(true);
      expect(k.model.nav.idleLimit.value).toBe(40);
      expect(k.server.dropPrint).toHaveBeenCalledWith('t1');
    }
  });

  it('a print outcome for another ticket changes nothing', async () => {
    const k = fakeKiosk({ idle: 20 });
    await k.model.ticket.take('hotich');
    k.server.printResults.value = { other: { ticketId: 'other', state: 'failed' } };
    expect(k.model.ticket.printState.value).toBeNull();
    expect(k.model.nav.idleLimit.value).toBe(20);
  });

  it('a refusal says what to do in plain words, in the kiosk language, and stays on the list', async () => {
    const { model, server, lang } = fakeKiosk();
    model.ticket.openServices();
    server.takeTicket.mockResolvedValueOnce({ ok: false, error: { code: 'DAILY_CAP_REACHED', message: 'cap' } });
    await model.ticket.take('hotich');
    expect(model.ticket.takeError.value).toBe(TAKE_ERRORS.DAILY_CAP_REACHED![0]);
    expect(model.nav.screen.value).toBe('services');
    lang.value = 'en';
    server.takeTicket.mockResolvedValueOnce({ ok: false, error: { code: 'TIMEOUT', message: 'no answer' } });
    await model.ticket.take('hotich');
    expect(model.ticket.takeError.value).toBe(TAKE_ERROR_DEFAULT[1]);
    expect(model.ticket.ticket.value).toBeNull();
  });

  it('a refusal because the office closed shows the closed screen with the server\'s words', async () => {
    const { model, server } = fakeKiosk();
    server.takeTicket.mockResolvedValueOnce({ ok: false, error: { code: 'OFFICE_CLOSED', message: 'Đã hết giờ cấp số / Numbers are no longer issued' } });
    await model.ticket.take('hotich');
    expect(model.nav.screen.value).toBe('closed');
    expect(model.hours.refusal.value).toEqual({ vi: 'Đã hết giờ cấp số', en: 'Numbers are no longer issued' });
  });

  it('offline (or before the first snapshot) no number can be taken and nothing is sent', async () => {
    const { model, server, connected, snapshot } = fakeKiosk();
    connected.value = false;
    expect(model.ticket.canTake.value).toBe(false);
    await model.ticket.take('hotich');
    connected.value = true;
    snapshot.value = null;
    await model.ticket.take('hotich');
    expect(server.takeTicket).not.toHaveBeenCalled();
    expect(model.nav.screen.value).toBe('home');
  });

  it('a second touch while a number is being taken is ignored', async () => {
    const { model, server } = fakeKiosk();
    let answer!: (a: Ack<TicketView>) => void;
    server.takeTicket.mockImplementationOnce(() => new Promise((ok) => { answer = ok; }));
    const first = model.ticket.take('hotich');
    expect(model.ticket.takingFor.value).toBe('hotich');
    await model.ticket.take('chungthuc');
    expect(server.takeTicket).toHaveBeenCalledTimes(1);
    answer({ ok: false, error: { code: 'OFFLINE', message: 'offline' } });
    await first;
    expect(model.ticket.canTake.value).toBe(true);
  });

  it('outside office hours "take a number" and a priority open the closed screen', () => {
    const base = snapshotOf();
    const { model } = fakeKiosk({ snapshot: { ...base, hours: { ...base.hours, issuing: false, closedReason: 'break' } } });
    model.ticket.openServices();
    expect(model.nav.screen.value).toBe('closed');
    model.nav.go('home');
    model.ticket.choosePriority('elderly');
    expect(model.nav.screen.value).toBe('closed');
    expect(model.hours.serviceIssuing(model.ticket.services.value[0]!)).toBe(false);
  });

  it('choosing the same priority again clears it and stays put', () => {
    const { model } = fakeKiosk();
    model.ticket.choosePriority('elderly');
    model.nav.go('home');
    model.ticket.choosePriority('elderly');
    expect(model.ticket.priority.value).toBeNull();
    expect(model.nav.screen.value).toBe('home');
  });
});
