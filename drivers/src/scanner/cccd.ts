/**
 * The QR on a chip CCCD (2021) or a thẻ căn cước (2024). Pure and browser-safe.
 *   ID12|CMND9|Họ tên|DDMMYYYY (birth)|Nam/Nữ|Địa chỉ|DDMMYYYY (issue)[|more fields on 2024 cards]
 * Fields 1-7 are read by position; extra trailing fields are accepted and ignored.
 * Nothing in the payload is trusted: the ID number's structure must agree with the other fields.
 */
import type { CccdCard, CccdPublicView } from './cccd-card';
import { unknown, type Unknown } from './line-guard';

/**
 * Province codes of the place of birth registration (Thông tư 07/2016/TT-BCA, annex 1): the 63 provinces.
 * [check] After the 2025 province mergers, existing numbers keep these codes; extend this list if new codes appear.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  ('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 ' +
    '044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 ' +
    '089 091 092 093 094 095 096').split(' '),
);

export type { CccdCard, CccdPublicView };

export type CccdParse = { ok: true; card: CccdCard } | { ok: false; result: Unknown };

/** Masks an ID number for display: first 4 and last 2 digits, e.g. 0010******45. */
export function maskId(id: string): string {
  if (id.length <= 6) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 6) + id.slice(-2);
}

/** Masks a full name for a shared screen: family name, then initials, e.g. "Nguyễn V. A.". */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length === 1) return `${initial(words[0]!)}.`;
  return [words[0]!, ...words.slice(1).map((w) => `${initial(w)}.`)].join(' ');
}

const initial = (w: string) => Array.from(w)[0]!.toLocaleUpperCase('vi');

/** Reads a CCCD QR payload (already guarded, NFC) into a card, or says clearly what is wrong with it. */
export function parseCccd(line: string, now: number = Date.now()): CccdParse {
  const fields = line.split('|');
  if (fields.length < 7) {
    return fail('cccdFields', `Mã thẻ CCCD thiếu thông tin (cần 7 trường, có ${fields.length}).`, `The ID card code is incomplete (7 fields needed, found ${fields.length}).`);
  }
  const [id, oldId, name, birth, genderField, , issue] = fields.map((f) => f.trim()) as [string, string, string, string, string, string, string];
  if (!/^\d{12}$/.test(id)) {
    return fail('cccdIdNumber', 'Số định danh trên thẻ không hợp lệ (cần đúng 12 chữ số).', 'The ID number on the card is invalid (exactly 12 digits needed).');
  }
  if (!PROVINCE_CODES.has(id.slice(0, 3))) {
    return fail('cccdProvince', `Mã tỉnh ${id.slice(0, 3)} trong số định danh không tồn tại.`, `Province code ${id.slice(0, 3)} in the ID number does not exist.`);
  }
  if (oldId !== '' && !/^(\d{9}|\d{12})$/.test(oldId)) {
    return fail('cccdOldId', 'Số CMND cũ trên thẻ không hợp lệ.', 'The old ID (CMND) number on the card is invalid.');
  }
  if (!/\p{L}/u.test(name) || name.length > 100 || /\d/.test(name)) {
    return fail('cccdName', 'Họ tên trên thẻ không hợp lệ.', 'The name on the card is invalid.');
  }
  const birthDate = parseDmy(birth);
  const issueDate = parseDmy(issue);
  if (!birthDate || !issueDate) {
    return fail('cccdDate', 'Ngày sinh hoặc ngày cấp trên thẻ không phải ngày có thật.', 'The birth or issue date on the card is not a real date.');
  }
  // One day of slack: the card's dates are Vietnamese calendar days, `now` may be UTC.
  const tomorrow = now + 86_400_000;
  if (birthDate.ms > tomorrow || issueDate.ms > tomorrow || issueDate.ms < birthDate.ms) {
    return fail('cccdDate', 'Ngày sinh hoặc ngày cấp trên thẻ không hợp lý.', 'The birth or issue date on the card is impossible.');
  }
  const gender = genderField === 'Nam' ? 'Nam' : genderField === 'Nữ' ? 'Nữ' : null;
  const code = Number(id[3]);
  if (!gender || (code % 2 === 0) !== (gender === 'Nam')) {
    return fail('cccdGender', 'Giới tính trên thẻ không khớp với số định danh.', 'The gender on the card does not match the ID number.');
  }
  // Digit 4: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s ...; digits 5-6: the last two digits of the birth year.
  const century = 1900 + Math.floor(code / 2) * 100;
  if (century + Number(id.slice(4, 6)) !== birthDate.year) {
    return fail('cccdBirthYear', 'Năm sinh trên thẻ không khớp với số định danh.', 'The birth year on the card does not match the ID number.');
  }
  return { ok: true, card: makeCard(id, name.replace(/\s+/g, ' '), birthDate.iso, gender, issueDate.iso, oldId || undefined) };
}

function makeCard(idNumber: string, fullName: string, birthDate: string, gender: 'Nam' | 'Nữ', issueDate: string, oldIdNumber?: string): CccdCard {
  const words = fullName.split(' ');
  const view: CccdPublicView = {
    idMasked: maskId(idNumber),
    nameMasked: maskName(fullName),
    greetingName: `${initial(words[words.length - 1]!)}.`,
    gender,
  };
  const card = { ...view, birthDate, issueDate } as CccdCard;
  const hidden = (value: unknown) => ({ value, enumerable: false, writable: false });
  Object.defineProperties(card, {
    idNumber: hidden(idNumber),
    fullName: hidden(fullName),
    publicView: hidden(() => ({ ...view })),
    toJSON: hidden(() => ({ ...view })),
    toString: hidden(() => `${view.nameMasked} ${view.idMasked}`),
    // console.log / util.inspect (Symbol.for keeps this file free of node imports).
    [Symbol.for('nodejs.util.inspect.custom')]: hidden(() => `CccdCard { ${view.nameMasked} ${view.idMasked} }`),
  });
  if (oldIdNumber) Object.defineProperty(card, 'oldIdNumber', hidden(oldIdNumber));
  return card;
}

/** Parses DDMMYYYY into a real calendar date (31/02 is rejected). */
export function parseDmy(s: string): { year: number; iso: string; ms: number } | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  if (new Date(ms).getUTCDate() !== d) return null;
  return { year: y, iso: `${m[3]}-${m[2]}-${m[1]}`, ms };
}

function fail(code: Unknown['code'], message: string, messageEn: string): CccdParse {
  return { ok: false, result: unknown(code, message, messageEn) };
}
