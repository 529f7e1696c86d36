import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_TEMPLATE, callPhrase, unknownPlaceholders } from '../../src/voice/phrases';

const north = { mode: 'number', dialect: 'north' } as const;

describe('callPhrase', () => {
  it('fills the default template with the ticket and counter numbers in words', () => {
    expect(callPhrase(DEFAULT_CALL_TEMPLATE, { number: 'A015', counterNumber: 3 }, north))
      .toBe('Mời công dân có số thứ tự a mười lăm đến quầy số ba');
  });

  it('reads the ticket digit by digit in digits mode and uses southern words in the south', () => {
    expect(callPhrase(DEFAULT_CALL_TEMPLATE, { number: 'A105', counterNumber: 14 }, { mode: 'digits', dialect: 'south' }))
      .toBe('Mời công dân có số thứ tự a, một, không, năm đến quầy số mười bốn');
    expect(callPhrase(DEFAULT_CALL_TEMPLATE, { number: '1005', counterNumber: 21 }, { mode: 'number', dialect: 'south' }))
      .toBe('Mời công dân có số thứ tự một ngàn không trăm lẻ năm đến quầy số hai mươi mốt');
  });

  it('says the counter name, with its digits in words', () => {
    const tpl = 'Mời công dân có số thứ tự {so} đến quầy số {quay}, {ten_quay}.';
    expect(callPhrase(tpl, { number: 'B024', counterNumber: 2, counterName: 'Hộ tịch 2' }, north))
      .toBe('Mời công dân có số thứ tự bê hai mươi tư đến quầy số hai, Hộ tịch hai.');
  });

  it('leaves no stray comma, dash or brackets when the counter has no name', () => {
    const v = { number: 'A001', counterNumber: 1 };
    expect(callPhrase('Số {so} đến quầy {quay}, {ten_quay}.', v, north)).toBe('Số a một đến quầy một.');
    expect(callPhrase('Số {so} đến quầy {quay} - {ten_quay}', v, north)).toBe('Số a một đến quầy một');
    expect(callPhrase('Số {so} đến quầy {quay} ({ten_quay})', v, north)).toBe('Số a một đến quầy một');
  });

  it('words digits written in the template itself', () => {
    expect(callPhrase('Tầng 2: số {so}, quầy {quay}', { number: '7', counterNumber: 5 }, north)).toBe('Tầng hai: số bảy, quầy năm');
  });

  it('drops unknown placeholders, which unknownPlaceholders reports for config validation', () => {
    expect(callPhrase('Số {so} {foo} quầy {quay}', { number: '1', counterNumber: 1 }, north)).toBe('Số một quầy một');
    expect(unknownPlaceholders('Số {so} {foo} quầy {quay} {ten_quay} {}')).toEqual(['foo', '']);
    expect(unknownPlaceholders(DEFAULT_CALL_TEMPLATE)).toEqual([]);
  });
});
