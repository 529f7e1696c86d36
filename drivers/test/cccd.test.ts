import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { maskId, maskName, parseCccd, parseDmy, PROVINCE_CODES } from '../src/scanner/cccd';

const NOW = Date.UTC(2026, 10, 23);
// 001 Hà Nội, 0 = male born 1900s, 85 = 1985.
const CARD_2021 = '001085012345|012345678|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|20042021';
// 2024 thẻ căn cước: empty CMND, extra trailing fields; 079 TP HCM, 3 = female born 2000s.
const CARD_2024 = '079302001234||Trần Thị Bích Ngọc|02012002|Nữ|Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|01072024|extra1|Trần Văn Cha|Lê Thị Mẹ';

function ok(line: string) {
  const r = parseCccd(line, NOW);
  if (!r.ok) throw new Error(`expected a card, got ${r.result.code}: ${r.result.messageEn}`);
  return r.card;
}
function code(line: string) {
  const r = parseCccd(line, NOW);
  return r.ok ? 'ok' : r.result.code;
}

describe('CCCD QR', () => {
  it('reads a 2021 chip card', () => {
    const c = ok(CARD_2021);
    expect(c.idNumber).toBe('001085012345');
    expect(c.fullName).toBe('Nguyễn Văn An');
    expect(c.birthDate).toBe('1985-03-15');
    expect(c.issueDate).toBe('2021-04-20');
    expect(c.gender).toBe('Nam');
    expect(c.oldIdNumber).toBe('012345678');
    expect(c.idMasked).toBe('0010******45');
    expect(c.nameMasked).toBe('Nguyễn V. A.');
    expect(c.greetingName).toBe('A.');
  });

  it('reads a 2024 card with an empty CMND field and extra trailing fields', () => {
    const c = ok(CARD_2024);
    expect(c.idNumber).toBe('079302001234');
    expect(c.fullName).toBe('Trần Thị Bích Ngọc');
    expect(c.gender).toBe('Nữ');
    expect(c.birthDate).toBe('2002-01-02');
    expect(c.oldIdNumber).toBeUndefined();
  });

  it('never shows the whole ID or name when logged, serialised or spread', () => {
    const c = ok(CARD_2021);
    for (const text of [JSON.stringify(c), String(c), inspect(c), JSON.stringify({ ...c }), JSON.stringify(c.publicView())]) {
      expect(text).not.toContain('001085012345');
      expect(text).not.toContain('Nguyễn Văn An');
      expect(text).not.toContain('012345678');
    }
    expect(JSON.parse(JSON.stringify(c))).toEqual({ idMasked: '0010******45', nameMasked: 'Nguyễn V. A.', greetingName: 'A.', gender: 'Nam' });
  });

  it('rejects fewer than 7 fields with a clear message', () => {
    const r = parseCccd('001085012345|012345678|Nguyễn Văn An|15031985|Nam', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.result.code).toBe('cccdFields');
      expect(r.result.message).toContain('cần 7 trường, có 5');
      expect(r.result.messageEn).toContain('7 fields needed, found 5');
    }
  });

  it('rejects impossible dates: 31/02, a future birth, an issue before birth', () => {
    expect(code(CARD_2021.replace('15031985', '31021985'))).toBe('cccdDate');
    expect(code(CARD_2021.replace('20042021', '32012021'))).toBe('cccdDate');
    expect(code('001227012345||Nguyễn Văn An|15032027|Nam|x|20042027')).toBe('cccdDate');
    expect(code(CARD_2021.replace('20042021', '01011980'))).toBe('cccdDate');
  });

  it('accepts 29/02 in a leap year only', () => {
    expect(parseDmy('29022000')?.iso).toBe('2000-02-29');
    expect(parseDmy('29021900')).toBeNull();
    expect(parseDmy('29022023')).toBeNull();
  });

  it('rejects an ID number of the wrong length or with letters', () => {
    expect(code(CARD_2021.replace('001085012345', '00108501234'))).toBe('cccdIdNumber');
    expect(code(CARD_2021.replace('001085012345', '0010850123456'))).toBe('cccdIdNumber');
    expect(code(CARD_2021.replace('001085012345', '00108501234A'))).toBe('cccdIdNumber');
  });

  it('rejects an ID whose birth year disagrees with the birth date or the century digit', () => {
    expect(code(CARD_2021.replace('001085012345', '001086012345'))).toBe('cccdBirthYear');
    // 2 = male born in the 2000s, but the birth date says 1985.
    expect(code(CARD_2021.replace('001085012345', '001285012345'))).toBe('cccdBirthYear');
  });

  it('rejects a gender field that disagrees with the gender digit', () => {
    expect(code(CARD_2021.replace('|Nam|', '|Nữ|'))).toBe('cccdGender');
    expect(code(CARD_2021.replace('|Nam|', '|Male|'))).toBe('cccdGender');
  });

  it('rejects a province code that is not one of the 63', () => {
    expect(PROVINCE_CODES.size).toBe(63);
    expect(code(CARD_2021.replace('001085012345', '003085012345'))).toBe('cccdProvince');
    expect(code(CARD_2021.replace('001085012345', '097085012345'))).toBe('cccdProvince');
  });

  it('rejects a malformed old CMND number and a name with digits', () => {
    expect(code(CARD_2021.replace('012345678', '12345'))).toBe('cccdOldId');
    expect(code(CARD_2021.replace('Nguyễn Văn An', 'Nguyen 123'))).toBe('cccdName');
  });

  it('masks IDs and names for public screens', () => {
    expect(maskId('001085012345')).toBe('0010******45');
    expect(maskName('Trần Thị Bích Ngọc')).toBe('Trần T. B. N.');
    expect(maskName('Ánh')).toBe('Á.');
  });
});
