import { describe, expect, it } from 'vitest';
import { formatInt, formatPct, percent } from '../../src/features/reports/vn-format';
import { resolvePeriod } from '../../src/features/reports/period';
import { p90 } from '../../src/features/reports/ticket-figures';
import { ratingFigures } from '../../src/features/reports/rating-figures';

describe('Vietnamese number formatting', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatInt(1116)).toBe('1.116');
    expect(formatInt(472929)).toBe('472.929');
    expect(formatInt(7)).toBe('7');
    expect(formatPct(percent(2077, 2108))).toBe('98,5%');
    expect(formatPct(percent(146, 158))).toBe('92,4%');
    expect(formatPct(percent(235, 235))).toBe('100%');
    expect(formatPct(percent(0, 0))).toBe('0%');
  });
});

describe('report periods', () => {
  it('knows months, quarters, years, days and custom ranges', () => {
    expect(resolvePeriod({ period: 'month', date: '2026-02' }, '2026-11-23')).toMatchObject({ from: '2026-02-01', to: '2026-02-28', label: 'Tháng 2 năm 2026' });
    expect(resolvePeriod({ period: 'quarter', date: '2026-Q4' }, '2026-11-23')).toMatchObject({ from: '2026-10-01', to: '2026-12-31', label: 'Quý IV năm 2026' });
    expect(resolvePeriod({ period: 'year', date: '2026' }, '2026-11-23')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolvePeriod({ period: 'day' }, '2026-11-23')).toMatchObject({ from: '2026-11-23', to: '2026-11-23' });
    expect(resolvePeriod({ period: 'custom', from: '2026-11-01', to: '2026-11-15' }, 'x').label).toBe('Từ ngày 01/11/2026 đến ngày 15/11/2026');
    expect(() => resolvePeriod({ period: 'custom', from: '2026-11-15', to: '2026-11-01' }, 'x')).toThrow();
    expect(() => resolvePeriod({ period: 'month', date: '2026-13' }, 'x')).toThrow();
  });
});

describe('pure figures', () => {
  it('p90 is the nearest-rank 90th percentile', () => {
    expect(p90([300, 600, 900, 120])).toBe(900);
    expect(p90(Array.from({ length: 10 }, (_, i) => i + 1))).toBe(9);
    expect(p90([])).toBeNull();
  });
  it('the seed 002 ratings give 146 (92,4%), 12 (7,6%), 0 (0%)', () => {
    const rows = [...Array(146).fill('rat_hai_long'), ...Array(12).fill('hai_long')]
      .map((level) => ({ level, serviceId: 'hotich', counterId: 'q1', staffId: 'canbo1', at: 0 }));
    const names = { service: (s: string) => s, counter: (s: string) => s, staff: (s: string) => s };
    const t = ratingFigures(rows, names).total;
    expect(t.count).toBe(158);
    expect(t.levels.map((l) => [l.label, l.count, formatPct(l.pct)])).toEqual([
      ['Rất hài lòng', 146, '92,4%'], ['Hài lòng', 12, '7,6%'], ['Chưa hài lòng', 0, '0%'],
    ]);
  });
});
