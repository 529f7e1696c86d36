/** A scanned ticket's place, as the kiosk says it: the wait in hours past an hour, the warning past closing. */
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketView } from '@motcua/server/contract';
import { lang } from '../src/i18n';
import { ticketPlace } from '../src/model/ticket-words';

const ticket = (over: Partial<TicketView>): TicketView => ({
  id: 't1', number: 'A015', serviceId: 'hotich', serviceName: 'Hộ tịch', priority: null, priorityName: null, issuedAt: 0, day: '2026-12-02',
  status: 'waiting', ahead: 3, estimatedWaitMinutes: 24, mayNotBeCalledToday: false, counter: null, calledAt: null, url: 'http://x/t/t1', ...over,
});

afterEach(() => { lang.value = 'vi'; });

describe('a scanned ticket in words', () => {
  it('says who is ahead and the wait, in minutes and then in hours', () => {
    expect(ticketPlace(ticket({}))).toBe('còn 3 người trước quý vị, khoảng 24 phút');
    expect(ticketPlace(ticket({ ahead: 30, estimatedWaitMinutes: 242 }))).toBe('còn 30 người trước quý vị, khoảng 4 giờ');
    lang.value = 'en';
    expect(ticketPlace(ticket({ ahead: 30, estimatedWaitMinutes: 97 }))).toBe('30 people ahead of you, about 1 h 35 min');
  });

  it('past closing, says the ticket may not be called today instead of a wait through the night', () => {
    expect(ticketPlace(ticket({ ahead: 80, estimatedWaitMinutes: 1450, mayNotBeCalledToday: true }))).toBe('còn 80 người trước quý vị, có thể không đến lượt trong hôm nay');
  });

  it('next in line says so', () => {
    expect(ticketPlace(ticket({ ahead: 0 }))).toBe('quý vị là người tiếp theo');
  });
});
