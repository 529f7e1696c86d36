import { describe, expect, it } from 'vitest';
import { holidayGaps, yearsToCheck } from '../../src/core/holiday-check';
import { demoConfigWithHours } from '../integration/helpers';

const h = (...dates: string[]) => dates.map((date) => ({ date, name: 'x' }));
/** 2027's fixed days, complete: the list the tests take away from. */
const Y2027 = ['2027-01-01', '2027-02-08', '2027-02-09', '2027-04-16', '2027-04-30', '2027-05-01', '2027-05-03', '2027-09-02'];

describe("a year's holiday list, checked against the days the law fixes", () => {
  it("given the demo office's list, 2025-2027 are complete", () => {
    const holidays = demoConfigWithHours().hours!.holidays;
    for (const year of [2025, 2026, 2027]) expect(holidayGaps(holidays, year), String(year)).toEqual([]);
  });

  it('given 2027 without Giỗ Tổ, names it with its day from the lunar calendar', () => {
    const gaps = holidayGaps(h(...Y2027.filter((d) => d !== '2027-04-16')), 2027);
    expect(gaps).toEqual([{
      year: 2027, name: 'Giỗ Tổ Hùng Vương', dates: ['2027-04-16'],
      message: 'Năm 2027 chưa có ngày nghỉ Giỗ Tổ Hùng Vương: thứ Sáu 16/4/2027 (10/3 âm lịch)',
    }]);
  });

  it('given a holiday on a Sunday, its make-up Monday counts; neither listed is a gap naming both', () => {
    // Giỗ Tổ 2026 was Sunday 26/4; the notice gave Monday 27/4 off.
    const rest = ['2026-01-01', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-30', '2026-05-01', '2026-09-02'];
    expect(holidayGaps(h(...rest, '2026-04-27'), 2026)).toEqual([]);
    expect(holidayGaps(h(...rest, '2026-04-26'), 2026)).toEqual([]);
    const [gap] = holidayGaps(h(...rest), 2026);
    expect(gap!.dates).toEqual(['2026-04-26', '2026-04-27']);
    expect(gap!.message).toBe('Năm 2026 chưa có ngày nghỉ Giỗ Tổ Hùng Vương: Chủ Nhật 26/4/2026 (10/3 âm lịch), hoặc ngày nghỉ bù thứ Hai 27/4/2026');
  });

  it('given a holiday on a Saturday, the make-up day is the Monday after', () => {
    const gaps = holidayGaps(h(...Y2027.filter((d) => d !== '2027-05-01' && d !== '2027-05-03')), 2027);
    expect(gaps.map((g) => [g.name, g.dates])).toEqual([['Ngày Quốc tế Lao động', ['2027-05-01', '2027-05-03']]]);
  });

  it('given Tết without its working days, lists the missing days of mùng 1-3 (2027: only Monday 8/2 is a working day)', () => {
    const gaps = holidayGaps(h(...Y2027.filter((d) => !d.startsWith('2027-02'))), 2027);
    expect(gaps.map((g) => g.message)).toEqual(['Năm 2027 chưa có đủ ngày nghỉ Tết Nguyên đán (mùng 1 Tết là thứ Bảy 6/2/2027): thiếu thứ Hai 8/2/2027']);
    // 2026: Tết on Tuesday 17/2, so mùng 1-3 are three working days.
    expect(holidayGaps(h('2026-02-18'), 2026).find((g) => g.name === 'Tết Nguyên đán')!.dates).toEqual(['2026-02-17', '2026-02-19']);
  });

  it('given an empty list, every fixed holiday of the year is a gap', () => {
    expect(holidayGaps([], 2027).map((g) => g.name)).toEqual([
      'Tết Dương lịch', 'Tết Nguyên đán', 'Giỗ Tổ Hùng Vương', 'Ngày Giải phóng miền Nam', 'Ngày Quốc tế Lao động', 'Quốc khánh',
    ]);
  });

  it('checks the next year too from October, when the Tết notice comes out', () => {
    expect(yearsToCheck('2026-09-30')).toEqual([2026]);
    expect(yearsToCheck('2026-10-01')).toEqual([2026, 2027]);
    expect(yearsToCheck('2026-12-31')).toEqual([2026, 2027]);
  });
});
