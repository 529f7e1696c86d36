import { describe, expect, it } from 'vitest';
import type { HoursView } from '@motcua/server/contract';
import { createHours } from '../src/model/hours';

const { closedNotice, officeHours, setHours, waitShown, stoppedNotice } = createHours();

const closed: HoursView = {
  open: false, issuing: false, closedReason: 'afterHours', holidayName: null, closesAt: null, stopIssuingAt: null,
  nextOpeningAt: 1, nextOpeningText: '7 giờ 30 sáng mai, thứ Ba 24/11/2026', nextOpeningTextEn: '7:30 am tomorrow, Tuesday 24/11/2026',
  scheduleText: '', scheduleTextEn: '',
};

describe('the display\'s office hours', () => {
  it('say closed, with the next opening, when the server says the office is not open', () => {
    setHours(closed);
    expect(closedNotice.value).toEqual({ reason: null, reasonEn: null, next: closed.nextOpeningText, nextEn: closed.nextOpeningTextEn });
  });

  it('name the holiday on a public holiday', () => {
    setHours({ ...closed, closedReason: 'holiday', holidayName: 'Quốc khánh' });
    expect(closedNotice.value?.reason).toBe('Nghỉ lễ: Quốc khánh');
  });

  it('say nothing while a session is under way, even when kiosks have stopped issuing', () => {
    setHours({ ...closed, open: true, closedReason: 'stopped' });
    expect(closedNotice.value).toBeNull();
  });

  it('say nothing when an older server sends no hours at all', () => {
    setHours(closed);
    setHours(undefined);
    expect(officeHours.value).toBeNull();
    expect(closedNotice.value).toBeNull();
  });
});

describe('the waiting estimate on the wall', () => {
  const est = (estimatedWaitMinutes: number, mayNotBeCalledToday = false) => waitShown({ estimatedWaitMinutes, mayNotBeCalledToday }).text;
  it('reads minutes, then hours and minutes to the nearest 5', () => {
    setHours({ ...closed, open: true, closedReason: null });
    expect(est(25)).toBe('~25 phút');
    expect(est(130)).toBe('~2 giờ 10 phút');
    expect(est(132)).toBe('~2 giờ 10 phút');
    expect(est(120)).toBe('~2 giờ');
  });
  it('says the queue runs past closing rather than a wait through the night', () => {
    setHours({ ...closed, open: true, closedReason: null });
    expect(est(1100, true)).toBe('Quá giờ');
    // Nobody waits for it, but its only open counter calls another service's 14 first: a newcomer is late too.
    expect(est(0, true)).toBe('Quá giờ');
  });
  it('shows the wait across lunch, but none after hours (it would run through the night)', () => {
    setHours({ ...closed, closedReason: 'break' });
    expect(est(150)).toBe('~2 giờ 30 phút');
    setHours(closed);
    expect(est(880)).toBe('—');
  });
  it('shows nothing with no one ahead', () => {
    setHours(undefined);
    expect(est(0)).toBe('—');
    // Nobody of its own waits, but a newcomer has others' tickets ahead at a shared counter: the wait shows.
    expect(est(30)).toBe('~30 phút');
  });
});

describe('kiosks stopped issuing before the session ends', () => {
  it('says so, with when numbers are issued again, only while the session is open', () => {
    setHours({ ...closed, open: true, issuing: false, closedReason: 'stopped', nextOpeningText: '13 giờ 30 chiều nay', nextOpeningTextEn: '1:30 pm today' });
    expect(stoppedNotice.value).toEqual({ next: '13 giờ 30 chiều nay', nextEn: '1:30 pm today' });
    setHours({ ...closed, open: true, issuing: true, closedReason: null });
    expect(stoppedNotice.value).toBeNull();
    setHours(closed);
    expect(stoppedNotice.value).toBeNull();
  });
});
