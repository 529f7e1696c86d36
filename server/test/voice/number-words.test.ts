import { describe, expect, it } from 'vitest';
import { MAX_NUMBER, letterName, numbersToWords, readDigits, readNumber, readTicketNumber } from '../../src/voice/number-words';
import { NUMBER_TABLE } from './number-table';

describe('readNumber', () => {
  it('the shared table has at least 40 cases and no duplicate numbers', () => {
    expect(NUMBER_TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(NUMBER_TABLE.map((r) => r.n)).size).toBe(NUMBER_TABLE.length);
  });

  it.each(NUMBER_TABLE)('reads $n in the northern dialect as "$north"', ({ n, north }) => {
    expect(readNumber(n, 'north')).toBe(north);
  });

  it.each(NUMBER_TABLE)('reads $n in the southern dialect as "$south"', ({ n, south }) => {
    expect(readNumber(n, 'south')).toBe(south);
  });

  it('says mốt and tư only after mươi, and lăm only after mười or mươi', () => {
    for (let n = 0; n < 10_000; n++) {
      const words = readNumber(n, 'north').split(' ');
      words.forEach((w, i) => {
        if (w === 'mốt' || w === 'tư') expect(words[i - 1]).toBe('mươi');
        if (w === 'lăm') expect(['mười', 'mươi']).toContain(words[i - 1]);
      });
    }
  });

  it('rejects numbers it cannot read', () => {
    for (const bad of [-1, 1.5, MAX_NUMBER + 1, Number.NaN]) expect(() => readNumber(bad, 'north')).toThrow(RangeError);
  });
});

describe('readTicketNumber', () => {
  it('reads a prefixed code digit by digit, letters by their Vietnamese names', () => {
    expect(readTicketNumber('A015', { mode: 'digits', dialect: 'north' })).toBe('a, không, một, năm');
    expect(readTicketNumber('B104', { mode: 'digits', dialect: 'south' })).toBe('bê, một, không, bốn');
  });

  it('reads a prefixed code as a number after the letter', () => {
    expect(readTicketNumber('A015', { mode: 'number', dialect: 'north' })).toBe('a mười lăm');
    expect(readTicketNumber('C101', { mode: 'number', dialect: 'south' })).toBe('xê một trăm lẻ một');
    expect(readTicketNumber('Đ021', { mode: 'number', dialect: 'north' })).toBe('đê hai mươi mốt');
  });

  it('reads a plain number code as one number', () => {
    expect(readTicketNumber('1015', { mode: 'number', dialect: 'north' })).toBe('một nghìn không trăm mười lăm');
    expect(readTicketNumber('1015', { mode: 'number', dialect: 'south' })).toBe('một ngàn không trăm mười lăm');
    expect(readTicketNumber('000', { mode: 'number', dialect: 'north' })).toBe('không');
  });

  it('ignores separators and spells several letters one by one', () => {
    expect(readTicketNumber('ab-7', { mode: 'number', dialect: 'north' })).toBe('a bê bảy');
    expect(readTicketNumber('HT 12', { mode: 'digits', dialect: 'north' })).toBe('hát, tê, một, hai');
  });

  it('falls back to digits for a run too long to read as a number', () => {
    expect(readTicketNumber('A1234567890', { mode: 'number', dialect: 'north' })).toBe(`a ${readDigits('1234567890')}`);
  });

  it('names Vietnamese letters, including the ones with marks', () => {
    expect(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'L', 'S', 'x'].map(letterName)).toEqual(['á', 'ớ', 'ê', 'ô', 'ơ', 'ư', 'e lờ', 'ét xì', 'ích xì']);
  });
});

describe('numbersToWords', () => {
  it('words every number in free text, and a leading-zero run digit by digit', () => {
    expect(numbersToWords('Quầy 3 mở lúc 7 giờ 30, mã 015', 'north')).toBe('Quầy ba mở lúc bảy giờ ba mươi, mã không một năm');
  });
});
