/** The kiosk's navigation and idle return home, on fake timers: the countdown, the per-screen limit, forgetting the last citizen. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleClock } from '../src/model/app';
import { CATALOG, fakeKiosk } from './fake-kiosk';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

/** A kiosk with its idle clock running on a page the test touches. */
function running(idle?: number) {
  const k = fakeKiosk(idle === undefined ? {} : { idle });
  const page = new EventTarget();
  startIdleClock(k.model.nav, page as unknown as Document, k.timers);
  return { ...k, page, nav: k.model.nav };
}

describe('the idle limit from the address', () => {
  it('is 60 s by default, ?idle= sets it, and never under 2 s', () => {
    expect(fakeKiosk().model.nav.idleSeconds).toBe(60);
    expect(fakeKiosk({ idle: 7 }).model.nav.idleSeconds).toBe(7);
    expect(fakeKiosk({ idle: 1 }).model.nav.idleSeconds).toBe(2);
  });
});

describe('going back home when nobody touches the kiosk', () => {
  it('returns home after the idle limit away from home, not a beat before', () => {
    const { nav } = running(5);
    nav.go('services');
    vi.advanceTimersByTime(4_500);
    expect(nav.screen.value).toBe('services');
    expect(nav.idleLeft.value).toBe(1);
    vi.advanceTimersByTime(750);
    expect(nav.screen.value).toBe('home');
  });

  it('shows the countdown only in the last 10 seconds, and never at home', () => {
    const { nav } = running(30);
    expect(nav.showCountdown.value).toBe(false);
    vi.advanceTimersByTime(40_000);
    expect(nav.screen.value).toBe('home');
    expect(nav.showCountdown.value).toBe(false);
    nav.go('lookup');
    vi.advanceTimersByTime(19_000);
    expect(nav.idleLeft.value).toBe(11);
    expect(nav.showCountdown.value).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(nav.idleLeft.value).toBe(10);
    expect(nav.showCountdown.value).toBe(true);
  });

  it('a touch on the page (or "Ở lại") restarts the count', () => {
    const { nav, page } = running(5);
    nav.go('scan');
    vi.advanceTimersByTime(4_000);
    page.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(4_000);
    expect(nav.screen.value).toBe('scan');
    nav.touched();
    vi.advanceTimersByTime(4_000);
    expect(nav.screen.value).toBe('scan');
    vi.advanceTimersByTime(1_250);
    expect(nav.screen.value).toBe('home');
  });

  it('a screen with its own limit (the ticket screen) keeps it until the next screen', () => {
    const { nav } = running(10);
    nav.go('ticket');
    nav.idleLimit.value = 20;
    nav.touched();
    vi.advanceTimersByTime(15_000);
    expect(nav.screen.value).toBe('ticket');
    vi.advanceTimersByTime(5_250);
    expect(nav.screen.value).toBe('home');
    expect(nav.idleLimit.value).toBe(10);
  });

  it('scrolls to the top only when the screen changes', () => {
    const { nav, scrollTo } = running(5);
    nav.go('services');
    nav.go('services');
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });
});

describe('going home forgets everything the last citizen chose', () => {
  it('clears the priority, greeting, ticket, error, query, field, open procedure, scan result, checklist and refusal', async () => {
    const { model, nav, server } = running(5);
    const { ticket, lookup, scan, checklist, hours } = model;
    await lookup.loadCatalog();
    lookup.chooseField(CATALOG.fields[0]!.id);
    lookup.typeKey('k');
    ticket.choosePriority('elderly');
    await scan.handleScan({ kind: 'cccd', greeting: 'Xin chào ông A***', greetingEn: 'Hello Mr A***' });
    await ticket.take(ticket.services.value[0]!.id);
    expect(ticket.ticket.value).not.toBeNull();
    lookup.openProcedure(CATALOG.procedures[0]!);
    await checklist.printChecklist(CATALOG.procedures[0]!.code);
    expect(checklist.checklistState.value?.state).toBe('printed');
    server.takeTicket.mockResolvedValueOnce({ ok: false, error: { code: 'OFFICE_CLOSED', message: 'Đã hết giờ / Closed' } });
    await ticket.take(ticket.services.value[0]!.id);
    expect(hours.refusal.value).toEqual({ vi: 'Đã hết giờ', en: 'Closed' });
    await scan.handleScan({ kind: 'unknown', message: 'Chưa đọc được', messageEn: 'Not read' });
    expect(scan.scanResult.value).not.toBeNull();

    vi.advanceTimersByTime(5_250);

    expect(nav.screen.value).toBe('home');
    expect([ticket.priority.value, ticket.greeting.value, ticket.ticket.value, ticket.takeError.value]).toEqual([null, null, null, null]);
    expect([lookup.query.value, lookup.field.value, lookup.selected.value]).toEqual(['', null, null]);
    expect(scan.scanResult.value).toBeNull();
    expect(checklist.checklistState.value).toBeNull();
    expect(hours.refusal.value).toBeNull();
  });
});
