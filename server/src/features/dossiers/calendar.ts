/**
 * Working days: weekends and public holidays per year, the way the law counts a dossier's time
 * limit (Bộ luật Lao động 2019 art. 112 for the holidays; a deadline falling on a day off moves
 * to the next working day, Bộ luật Dân sự 2015 art. 148). Dates are 'YYYY-MM-DD' strings.
 */
import { addDays } from '../../core/hours';

export interface CalendarConfig {
  /** Days off besides weekends, by year: { '2026': ['2026-01-01', ...] }. */
  holidays: Record<string, string[]>;
  /** Weekend days that are worked to make up for a bridge holiday (làm bù). */
  extraWorkdays?: string[];
  /** Weekly days off, 0 = Sunday. */
  weekend?: number[];
}

/**
 * Default Vietnamese public holidays for civil servants, 2025-2027. [check] each year against the
 * Prime Minister's notice: Tết and bridge days are decided yearly. Weekdays only are listed.
 */
const DEFAULT_HOLIDAYS: Record<string, string[]> = {
  '2025': [
    '2025-01-01', // Tết Dương lịch
    '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', // Tết Nguyên đán Ất Tỵ (25/01-02/02) [check]
    '2025-04-07', // Giỗ Tổ Hùng Vương 10/3 âm lịch
    '2025-04-30', '2025-05-01', '2025-05-02', // 30/4, 1/5, bridge day 2/5 made up on Sat 26/4 [check]
    '2025-09-01', '2025-09-02', // Quốc khánh 2/9 + adjacent day
  ],
  '2026': [
    '2026-01-01', // Tết Dương lịch
    '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', // Tết Nguyên đán Bính Ngọ (14/02-22/02) [check]
    '2026-04-27', // Giỗ Tổ Hùng Vương 10/3 âm lịch falls on Sun 26/4: day off Mon 27/4 [check]
    '2026-04-30', '2026-05-01', // 30/4, 1/5
    '2026-09-01', '2026-09-02', // Quốc khánh 2/9 + adjacent day [check which adjacent day]
  ],
  '2027': [
    // The days fixed by law and the lunar calendar (core/lunar.ts); the rest of Tết and its make-up days [check].
    '2027-01-01', // Tết Dương lịch
    '2027-02-08', '2027-02-09', // Tết Nguyên đán Đinh Mùi: mùng 1-2 are Sat-Sun 6-7/2, mùng 3-4 [check the notice]
    '2027-04-16', // Giỗ Tổ Hùng Vương 10/3 âm lịch
    '2027-04-30', '2027-05-03', // 30/4; 1/5 is a Saturday: day off Monday 3/5
    '2027-09-02', // Quốc khánh [check the adjacent day]
  ],
};
const DEFAULT_EXTRA_WORKDAYS = ['2025-04-26'];

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** The first working day on or after `date`. */
  onOrAfter(date: string): string;
  /** The date `n` working days after `date` (n ≥ 0; n = 0 gives onOrAfter). */
  addWorkingDays(date: string, n: number): string;
  /** Working days in the half-open range (from, to]; 0 when to ≤ from. */
  workingDaysBetween(from: string, to: string): number;
}

const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

export { addDays };

/**
 * The office's days off and make-up working days: hours.holidays and hours.extraWorkdays from the site config
 * (the same list the kiosk closes on); without office hours, the built-in Vietnamese lists.
 */
export function officeDaysOff(hours: { holidays: ReadonlyArray<{ date: string }>; extraWorkdays?: string[] } | null | undefined): { holidays: string[]; extraWorkdays: string[] } {
  if (!hours) return { holidays: Object.values(DEFAULT_HOLIDAYS).flat(), extraWorkdays: DEFAULT_EXTRA_WORKDAYS };
  return { holidays: hours.holidays.map((d) => d.date), extraWorkdays: hours.extraWorkdays ?? [] };
}

/** Builds a working-day calendar; with no argument, the default Vietnamese holidays. */
export function workCalendar(cfg: CalendarConfig = { holidays: DEFAULT_HOLIDAYS, extraWorkdays: DEFAULT_EXTRA_WORKDAYS }): WorkCalendar {
  const off = new Set(Object.values(cfg.holidays).flat());
  const extra = new Set(cfg.extraWorkdays ?? []);
  const weekend = new Set(cfg.weekend ?? [0, 6]);
  const isWorkingDay = (d: string) => {
    if (extra.has(d)) return true;
    if (off.has(d)) return false;
    return !weekend.has(new Date(toMs(d)).getUTCDay());
  };
  const onOrAfter = (d: string) => {
    let x = d;
    for (let i = 0; i < 366 && !isWorkingDay(x); i++) x = addDays(x, 1);
    return x;
  };
  return {
    isWorkingDay,
    onOrAfter,
    addWorkingDays(date, n) {
      let x = onOrAfter(date);
      for (let left = n; left > 0;) { x = addDays(x, 1); if (isWorkingDay(x)) left--; }
      return x;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let x = addDays(from, 1); x <= to; x = addDays(x, 1)) if (isWorkingDay(x)) count++;
      return count;
    },
  };
}

export type Timeliness = { kind: 'early' | 'onTime' | 'late'; workingDays: number };

/**
 * Early / on time / late for a dossier resolved on `resolved` with the promised date `due`.
 * A due date on a day off moves to the next working day. Late by n = working days after the
 * (moved) due date up to the resolution, at least 1 (resolving on the Saturday after a Friday
 * deadline is late by 1: the deadline had passed). Early by n = working days saved.
 */
export function timeliness(cal: WorkCalendar, due: string, resolved: string): Timeliness {
  const deadline = cal.onOrAfter(due);
  if (resolved === deadline) return { kind: 'onTime', workingDays: 0 };
  if (resolved < deadline) return { kind: 'early', workingDays: Math.max(1, cal.workingDaysBetween(resolved, deadline)) };
  return { kind: 'late', workingDays: Math.max(1, cal.workingDaysBetween(deadline, resolved)) };
}
