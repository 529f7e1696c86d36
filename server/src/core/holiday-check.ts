/**
 * Is a year's holiday list complete? Every year someone must copy the Government's notice into
 * hours.holidays; a forgotten Tết or Giỗ Tổ means a kiosk issuing numbers to an empty office and reports
 * counting dossier deadlines wrong. This checks the days the law fixes (Bộ luật Lao động 2019 art. 112):
 * 1/1, Tết (mùng 1-3 at least, from the lunar calendar), Giỗ Tổ 10/3 âm lịch, 30/4, 1/5 and 2/9. A holiday on
 * a weekend counts if it, or the Monday off in its place (nghỉ bù), is listed. Make-up days and the other days
 * of Tết change every year and cannot be checked.
 */
import { addDays, weekday } from './hours';
import { gioToDate, tetDate } from './lunar';

export interface HolidayGap {
  year: number;
  /** The holiday, as the notices name it. */
  name: string;
  /** The days one of which should be listed (the holiday, or for a weekend holiday its make-up Monday). */
  dates: string[];
  /** In Vietnamese, for the admin board and the log. */
  message: string;
}

const WEEKDAYS = ['Chủ Nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const isWeekend = (d: string) => weekday(d) === 0 || weekday(d) === 6;
/** "thứ Sáu 16/4/2027" */
const dayWords = (d: string) => `${WEEKDAYS[weekday(d)]} ${Number(d.slice(8))}/${Number(d.slice(5, 7))}/${d.slice(0, 4)}`;

/** The Monday off for a holiday on a Saturday or Sunday. */
const makeUpMonday = (d: string) => addDays(d, weekday(d) === 6 ? 2 : 1);

/** The gaps in one year's list; empty when every fixed holiday is there. */
export function holidayGaps(holidays: ReadonlyArray<{ date: string }>, year: number): HolidayGap[] {
  const listed = new Set(holidays.map((h) => h.date));
  const gaps: HolidayGap[] = [];
  const single = (name: string, date: string, note = '') => {
    const dates = isWeekend(date) ? [date, makeUpMonday(date)] : [date];
    if (dates.some((d) => listed.has(d))) return;
    const bu = isWeekend(date) ? `, hoặc ngày nghỉ bù ${dayWords(dates[1]!)}` : '';
    gaps.push({ year, name, dates, message: `Năm ${year} chưa có ngày nghỉ ${name}: ${dayWords(date)}${note}${bu}` });
  };
  single('Tết Dương lịch', `${year}-01-01`);
  const tet = tetDate(year);
  const tetDays = [0, 1, 2].map((i) => addDays(tet, i)).filter((d) => !isWeekend(d) && !listed.has(d));
  if (tetDays.length) {
    gaps.push({
      year, name: 'Tết Nguyên đán', dates: tetDays,
      message: `Năm ${year} chưa có đủ ngày nghỉ Tết Nguyên đán (mùng 1 Tết là ${dayWords(tet)}): thiếu ${tetDays.map(dayWords).join(', ')}`,
    });
  }
  single('Giỗ Tổ Hùng Vương', gioToDate(year), ' (10/3 âm lịch)');
  single('Ngày Giải phóng miền Nam', `${year}-04-30`);
  single('Ngày Quốc tế Lao động', `${year}-05-01`);
  single('Quốc khánh', `${year}-09-02`);
  return gaps;
}

/** The years worth checking on a day: this one, and from October (when Tết's notice comes out) the next. */
export function yearsToCheck(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 10 ? [year, year + 1] : [year];
}
