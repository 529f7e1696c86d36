/** Office hours in words, Vietnamese first: "7 giờ 30 sáng mai, thứ Ba 24/11/2026". Pure. */
import { localParts, parseHhMm } from './day';
import { addDays, scheduleOn, weekday, type OfficeHours } from './hours';

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** "7 giờ", "7 giờ 30", "13 giờ 05". */
export function clockVi(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${String(m).padStart(2, '0')}`;
}

/** "7:30 am", "1:30 pm", "12 noon". */
export function clockEn(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 12 && m === 0) return '12 noon';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** Buổi: sáng (before noon), trưa (12-13), chiều (13-18), tối. */
function partOfDayVi(minutes: number): string {
  if (minutes < 12 * 60) return 'sáng';
  if (minutes < 13 * 60) return 'trưa';
  if (minutes < 18 * 60) return 'chiều';
  return 'tối';
}

/** When the office opens next, relative to `now`: "13 giờ 30 chiều nay", "7 giờ 30 sáng mai, thứ Ba 24/11/2026". */
export function openingText(opening: number, now: number, timeZone: string): { vi: string; en: string } {
  const at = localParts(opening, timeZone);
  const today = localParts(now, timeZone).date;
  const part = partOfDayVi(at.minutes);
  const wd = weekday(at.date);
  const when = `${clockVi(at.minutes)} ${part}`;
  const whenEn = clockEn(at.minutes);
  if (at.date === today) return { vi: `${when} nay`, en: `${whenEn} today` };
  if (at.date === addDays(today, 1)) {
    return { vi: `${when} mai, ${WEEKDAY_VI[wd]} ${dmy(at.date)}`, en: `${whenEn} tomorrow, ${WEEKDAY_EN[wd]} ${dmy(at.date)}` };
  }
  return { vi: `${when} ${WEEKDAY_VI[wd]}, ${dmy(at.date)}`, en: `${whenEn}, ${WEEKDAY_EN[wd]} ${dmy(at.date)}` };
}

const range = (s: string) => `${Number(s.slice(0, 2))}:${s.slice(3, 5)}–${Number(s.slice(6, 8))}:${s.slice(9, 11)}`;

function sessionsVi(list: string[]): string {
  return list.map((s) => `${partOfDayVi(parseHhMm(s.slice(0, 5)))} ${range(s)}`).join(', ');
}

/**
 * The schedule in force on a date in words:
 * "Thứ Hai – thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00; thứ Bảy: sáng 7:30–11:30".
 */
export function scheduleText(h: OfficeHours, date: string): { vi: string; en: string } {
  const s = scheduleOn(h, date);
  if (!s) return { vi: '', en: '' };
  const vi = [`Thứ Hai – thứ Sáu: ${sessionsVi(s.weekdays)}`];
  const en = [`Mon–Fri ${s.weekdays.map(range).join(', ')}`];
  if (s.saturday.length) { vi.push(`thứ Bảy: ${sessionsVi(s.saturday)}`); en.push(`Sat ${s.saturday.map(range).join(', ')}`); }
  if (s.sunday.length) { vi.push(`Chủ nhật: ${sessionsVi(s.sunday)}`); en.push(`Sun ${s.sunday.map(range).join(', ')}`); }
  return { vi: vi.join('; '), en: en.join('; ') };
}
