/**
 * Hand-written because the npm lunar-calendar packages compute China's calendar (UTC+8: Tết 1985 differs), not Vietnam's.
 * The Vietnamese lunar calendar (âm lịch), for the holidays that follow it: Tết Nguyên đán (1/1 âm lịch) and
 * Giỗ Tổ Hùng Vương (10/3 âm lịch). Months start on the day of the new moon in Vietnam's time zone (UTC+7), month 11
 * holds the winter solstice, and a leap month is the first month of a 13-month year with no major solar term.
 * The new moon and the sun's longitude are the usual astronomical series (Meeus-style, as in Hồ Ngọc Đức's
 * well-known algorithm): good to the day for 1900-2100. The time zone matters: in 1985 Vietnam's Tết was
 * 21/1 while China's (UTC+8) was 20/2.
 */

const PI = Math.PI;
const DR = PI / 180;
/** Vietnam's time zone, hours east of UTC. */
export const VIETNAM_TZ = 7;

/** Julian day number of a Gregorian date. */
function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** 'YYYY-MM-DD' of a Julian day number. */
function dateFromJd(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The moment (Julian date, UTC) of the k-th new moon after the one of 1/1/1900. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // the sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // the moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // the moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 -= 0.4068 * Math.sin(Mpr * DR) - 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 += 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 -= 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 -= 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 += 0.0010 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The day (Julian day number, local) of the k-th new moon. */
const newMoonDay = (k: number, tz: number) => Math.floor(newMoon(k) + 0.5 + tz / 24);

/** Which 30° sector (0-11) of the ecliptic the sun is in at a Julian date (UTC); 9 starts at the winter solstice. */
function sunSector(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return Math.floor((L / PI) * 6);
}

/** The sun's sector at the start of a local day. */
const sunSectorOn = (dayJd: number, tz: number) => sunSector(dayJd - 0.5 - tz / 24);

/** The first day of lunar month 11 (the one holding the winter solstice) of a Gregorian year. */
function month11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / 29.530588853);
  const nm = newMoonDay(k, tz);
  return sunSectorOn(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** In a 13-month year starting at month 11 `a11`: how many months after it the leap month comes. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSectorOn(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSectorOn(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian date ('YYYY-MM-DD') of a lunar date: `day`/`month` of the lunar year that starts in Gregorian
 * year `year`. Not a leap month unless `leap` (null when that month has no leap twin that year).
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false, tz = VIETNAM_TZ): string | null {
  const [a11, b11] = month < 11 ? [month11(year - 1, tz), month11(year, tz)] : [month11(year, tz), month11(year + 1, tz)];
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return null;
  return dateFromJd(newMoonDay(k + off, tz) + day - 1);
}

/** Mùng 1 Tết (lunar new year's day) of a Gregorian year, in Vietnam. */
export function tetDate(year: number): string {
  return lunarToSolar(1, 1, year)!;
}

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch, of a Gregorian year. */
export function gioToDate(year: number): string {
  return lunarToSolar(10, 3, year)!;
}
