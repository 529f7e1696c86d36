import { describe, expect, it } from 'vitest';
import { gioToDate, lunarToSolar, tetDate } from '../../src/core/lunar';

// Published dates (lịch vạn niên, the Government's holiday notices), not computed here.
const TET: Record<number, string> = {
  2007: '2007-02-17', 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26',
};
const GIO_TO: Record<number, string> = {
  2019: '2019-04-14', 2020: '2020-04-02', 2021: '2021-04-21', 2022: '2022-04-10', 2023: '2023-04-29',
  2024: '2024-04-18', 2025: '2025-04-07', 2026: '2026-04-26',
};

describe('the Vietnamese lunar calendar', () => {
  it('given a year, Tết (1/1 âm lịch) falls on the published date', () => {
    for (const [year, date] of Object.entries(TET)) expect(tetDate(Number(year)), String(year)).toBe(date);
  });

  it('given a year, Giỗ Tổ Hùng Vương (10/3 âm lịch) falls on the published date', () => {
    for (const [year, date] of Object.entries(GIO_TO)) expect(gioToDate(Number(year)), String(year)).toBe(date);
  });

  it("counts in Vietnam's time zone: Tết 1985 was 21/1 in Vietnam, 20/2 in China (UTC+8); 2007 a day apart", () => {
    expect(tetDate(1985)).toBe('1985-01-21');
    expect(lunarToSolar(1, 1, 1985, false, 8)).toBe('1985-02-20');
    expect(lunarToSolar(1, 1, 2007, false, 8)).toBe('2007-02-18');
  });

  it('knows leap months: 2023 had a leap 2nd month, 2025 a leap 6th; asking for a leap month a year lacks gives null', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023)).toBe('2023-04-20');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 2, 2024, true)).toBeNull();
    expect(lunarToSolar(1, 3, 2023, true)).toBeNull();
  });

  it('gives the last day of the lunar year before Tết: 30 Tết Quý Mão was 9/2/2024; Giáp Thìn had no 30 Tết, 29 Tết was 28/1/2025', () => {
    expect(lunarToSolar(30, 12, 2023)).toBe('2024-02-09');
    expect(lunarToSolar(29, 12, 2024)).toBe('2025-01-28');
  });
});
