/** Office hours: sessions by season and weekday, holidays, stop-issuing, next opening, waits across lunch. */
import { describe, expect, it } from 'vitest';
import { hoursAt, nextOpening, sessionsOn, wallClockWait, zonedInstant, type OfficeHours } from '../../src/core/hours';
import { openingText, scheduleText } from '../../src/core/hours-text';

const TZ = 'Asia/Ho_Chi_Minh';
const hours: OfficeHours = {
  timeZone: TZ,
  stopIssuingMinutes: 15,
  serviceStopMinutes: { datdai: 60 },
  schedules: [
    { name: 'Mùa hè', from: '04-01', to: '09-30', weekdays: ['07:00-11:30', '13:30-17:00'], saturday: ['07:00-11:30'], sunday: [] },
    { name: 'Mùa đông', from: '10-01', to: '03-31', weekdays: ['07:30-11:30', '13:30-17:00'], saturday: ['07:30-11:30'], sunday: [] },
  ],
  holidays: [{ date: '2026-09-02', name: 'Quốc khánh' }, { date: '2027-01-01', name: 'Tết Dương lịch' }],
  extraWorkdays: ['2026-04-25'],
};
/** A local wall-clock time in Hà Nội as an instant: at('2026-11-23 07:30'). */
const at = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+07:00`);

describe('sessions of a day', () => {
  it('given winter, a Monday has a morning and an afternoon session', () => {
    expect(sessionsOn(hours, '2026-11-23')).toEqual([
      { start: at('2026-11-23 07:30'), end: at('2026-11-23 11:30') },
      { start: at('2026-11-23 13:30'), end: at('2026-11-23 17:00') },
    ]);
  });
  it('given summer, a weekday opens at 7:00', () => {
    expect(sessionsOn(hours, '2026-06-15')[0]!.start).toBe(at('2026-06-15 07:00'));
  });
  it('the winter schedule wraps the new year', () => {
    expect(sessionsOn(hours, '2027-01-04')[0]!.start).toBe(at('2027-01-04 07:30'));
    expect(sessionsOn(hours, '2026-03-31')[0]!.start).toBe(at('2026-03-31 07:30'));
    expect(sessionsOn(hours, '2026-04-01')[0]!.start).toBe(at('2026-04-01 07:00'));
  });
  it('Saturday has a morning only, Sunday nothing, a holiday nothing', () => {
    expect(sessionsOn(hours, '2026-11-28')).toHaveLength(1);
    expect(sessionsOn(hours, '2026-11-29')).toEqual([]);
    expect(sessionsOn(hours, '2026-09-02')).toEqual([]);
  });
  it('a Saturday worked to make up a bridge day has the weekday sessions', () => {
    expect(sessionsOn(hours, '2026-04-25')).toHaveLength(2);
  });
  it('converts wall-clock time in a zone with daylight saving too', () => {
    expect(zonedInstant('2026-07-01', 9 * 60, 'Europe/Paris')).toBe(Date.parse('2026-07-01T09:00:00+02:00'));
    expect(zonedInstant('2026-12-01', 9 * 60, 'Europe/Paris')).toBe(Date.parse('2026-12-01T09:00:00+01:00'));
  });
});

describe('issuing at an instant', () => {
  it('given a morning session, issues until 15 minutes before its end', () => {
    const h = hoursAt(hours, at('2026-11-23 11:14'));
    expect(h).toMatchObject({ open: true, issuing: true, closedReason: null, closesAt: at('2026-11-23 11:30'), stopIssuingAt: at('2026-11-23 11:15') });
  });
  it('then stops, and names the afternoon session as the next opening', () => {
    expect(hoursAt(hours, at('2026-11-23 11:15'))).toMatchObject({ open: true, issuing: false, closedReason: 'stopped', nextOpeningAt: at('2026-11-23 13:30') });
  });
  it('a service with its own stop time stops earlier', () => {
    expect(hoursAt(hours, at('2026-11-23 16:10'), 'datdai')).toMatchObject({ issuing: false, closedReason: 'stopped' });
    expect(hoursAt(hours, at('2026-11-23 16:10'), 'hotich')).toMatchObject({ issuing: true });
  });
  it('during lunch: closed for the break, opening at 13:30', () => {
    expect(hoursAt(hours, at('2026-11-23 12:00'))).toMatchObject({ open: false, issuing: false, closedReason: 'break', nextOpeningAt: at('2026-11-23 13:30') });
  });
  it('before opening and after hours', () => {
    expect(hoursAt(hours, at('2026-11-23 06:00'))).toMatchObject({ closedReason: 'beforeOpening', nextOpeningAt: at('2026-11-23 07:30') });
    expect(hoursAt(hours, at('2026-11-23 17:00'))).toMatchObject({ closedReason: 'afterHours', nextOpeningAt: at('2026-11-24 07:30') });
  });
  it('Saturday afternoon: the next opening is Monday morning', () => {
    expect(hoursAt(hours, at('2026-11-28 14:00'))).toMatchObject({ closedReason: 'afterHours', nextOpeningAt: at('2026-11-30 07:30') });
    expect(hoursAt(hours, at('2026-11-29 09:00'))).toMatchObject({ closedReason: 'dayOff', nextOpeningAt: at('2026-11-30 07:30') });
  });
  it('on a holiday: closed with its name, opening the next working day', () => {
    expect(hoursAt(hours, at('2026-09-02 09:00'))).toMatchObject({ closedReason: 'holiday', holidayName: 'Quốc khánh', nextOpeningAt: at('2026-09-03 07:00') });
  });
  it('with no schedule at all there is no next opening', () => {
    expect(nextOpening({ ...hours, schedules: [] }, at('2026-11-23 09:00'))).toBeNull();
  });
});

describe('waits across the lunch break', () => {
  const wait = (when: string, work: number) => wallClockWait(hours, at(when), work);
  it('40 minutes of counter time at 11:10 ends at 13:50: 160 minutes away, today', () => {
    expect(wait('2026-11-23 11:10', 40)).toEqual({ estimatedWaitMinutes: 160, mayNotBeCalledToday: false });
  });
  it('within a session the wait is unchanged', () => {
    expect(wait('2026-11-23 08:00', 30)).toEqual({ estimatedWaitMinutes: 30, mayNotBeCalledToday: false });
  });
  it('before opening, the wait starts at the opening and ends today', () => {
    expect(wait('2026-11-23 07:00', 20)).toEqual({ estimatedWaitMinutes: 50, mayNotBeCalledToday: false });
  });
  it('after hours, the wait starts at the next opening: not today', () => {
    expect(wait('2026-11-23 17:30', 10)).toEqual({ estimatedWaitMinutes: 14 * 60 + 10, mayNotBeCalledToday: true });
  });
  it('a wait that ends exactly at closing is today; a minute more runs into the next morning', () => {
    expect(wait('2026-11-23 16:30', 30)).toEqual({ estimatedWaitMinutes: 30, mayNotBeCalledToday: false });
    expect(wait('2026-11-23 16:30', 60)).toEqual({ estimatedWaitMinutes: 30 + (14 * 60 + 30) + 30, mayNotBeCalledToday: true });
  });
  it('on a day off nothing is today', () => {
    expect(wait('2026-11-22 09:00', 5).mayNotBeCalledToday).toBe(true);
  });
  it('no work ahead: no wait, today', () => {
    expect(wait('2026-11-23 17:30', 0)).toEqual({ estimatedWaitMinutes: 0, mayNotBeCalledToday: false });
  });
});

describe('in words', () => {
  const now = at('2026-11-23 12:00');
  it('today, tomorrow, and a later day', () => {
    expect(openingText(at('2026-11-23 13:30'), now, TZ)).toEqual({ vi: '13 giờ 30 chiều nay', en: '1:30 pm today' });
    expect(openingText(at('2026-11-24 07:30'), now, TZ)).toEqual({ vi: '7 giờ 30 sáng mai, thứ Ba 24/11/2026', en: '7:30 am tomorrow, Tuesday 24/11/2026' });
    expect(openingText(at('2026-11-30 07:00'), now, TZ)).toEqual({ vi: '7 giờ sáng thứ Hai, 30/11/2026', en: '7 am, Monday 30/11/2026' });
  });
  it('the schedule in force', () => {
    expect(scheduleText(hours, '2026-11-23')).toEqual({
      vi: 'Thứ Hai – thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00; thứ Bảy: sáng 7:30–11:30',
      en: 'Mon–Fri 7:30–11:30, 13:30–17:00; Sat 7:30–11:30',
    });
  });
});
