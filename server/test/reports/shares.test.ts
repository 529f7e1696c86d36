import { describe, expect, it } from 'vitest';
import { formatPct, percent, shareDecimals } from '../../src/contract/numbers';
import { neutralise, reportCsv } from '../../src/features/reports/export';
import type { Report } from '../../src/contract/reports';

describe('exact shares', () => {
  it('a share is never shown as 0% or 100% when it is not; small ones get the decimals they need', () => {
    expect(formatPct(percent(1, 2000))).toBe('0,05%');
    expect(formatPct(percent(1999, 2000))).toBe('99,95%');
    expect(formatPct(percent(1, 2108))).toBe('0,05%'); // 0,0474…%
    expect(formatPct(percent(2107, 2108))).toBe('99,95%');
    expect(formatPct(percent(1, 20_000))).toBe('0,005%');
    expect(formatPct(percent(3, 1000))).toBe('0,3%');
    expect(formatPct(percent(2077, 2108))).toBe('98,5%');
    expect(formatPct(percent(146, 158))).toBe('92,4%');
    expect(formatPct(percent(235, 235))).toBe('100%');
    expect(formatPct(percent(0, 235))).toBe('0%');
    expect(formatPct(percent(0, 0))).toBe('0%');
  });

  it('for every part of every whole up to 3000, the printed share is 0% only for 0 and 100% only for the whole', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (let whole = 1; whole <= 3000; whole += whole < 200 ? 1 : 37) {
      for (let part = 0; part <= whole; part++) {
        const text = formatPct(percent(part, whole));
        checked++;
        if ((text === '0%') !== (part === 0) || (text === '100%') !== (part === whole)) wrong.push(`${part}/${whole} ${text}`);
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  });

  it('thousands are grouped with dots and decimals written with a comma (Intl vi-VN)', () => {
    expect(formatPct(percent(1, 3))).toBe('33,3%');
    expect(shareDecimals(0.05)).toBe(2);
    expect(shareDecimals(50)).toBe(1);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('text starting with = + - @ gets a leading apostrophe; numbers, even negative, stay numbers', () => {
    expect(['=SUM(A1)', '+1', '-2+3', '@cmd', 'Hộ tịch'].map(neutralise)).toEqual(["'=SUM(A1)", "'+1", "'-2+3", "'@cmd", 'Hộ tịch']);
    const report = {
      office: '=HYPERLINK("http://x")', period: { label: 'Tháng 11', key: '2026-11', from: '2026-11-01', to: '2026-11-30', kind: 'month' }, generatedAt: '',
      dossiers: { total: {}, byField: [] }, ratings: { total: { levels: [] }, byService: [], byCounter: [], byStaff: [] },
      tickets: { total: { name: 'Tổng' }, byService: [{ name: '@evil', issued: -1 }], byCounter: [], byStaff: [], byHour: [] },
    } as unknown as Report;
    for (const dialect of ['excel-vi', 'rfc4180'] as const) {
      const csv = reportCsv(report, dialect);
      expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
      expect(csv).toMatch(/'@evil[;,]-1[;,]/);
    }
  });
});
