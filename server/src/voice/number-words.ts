/**
 * Hand-written because no maintained package reads Vietnamese numbers the way a call is spoken (mốt, tư, lẻ, ticket letters).
 * Vietnamese number reading for the spoken call and the kiosk's read-aloud.
 * Pure: no node imports, so the browser can import it too.
 *
 * Rules (see DOMAIN.md "The ticket and the call"):
 * - mốt / tư only after "mươi" (21, 24; never 1, 11, 101, 4, 14, 104);
 *   lăm after "mười"/"mươi" (15, 25), but 5 and 105 stay "năm".
 * - A zero tens digit after a hundred reads "linh" (north) / "lẻ" (south): 105 một trăm linh năm.
 * - Inside a larger number every group after the first is read in full, with
 *   "không trăm" when its hundreds digit is 0: 1023 một nghìn không trăm hai mươi ba.
 * - A group that is all zeros is skipped with its scale word (the common reading, also
 *   what the usual Vietnamese number-to-words libraries produce):
 *   1,000,001 một triệu không trăm linh một, not "... không nghìn không trăm linh một".
 */

export type Dialect = 'north' | 'south';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const WORDS: Record<Dialect, { linh: string; nghin: string }> = {
  north: { linh: 'linh', nghin: 'nghìn' },
  south: { linh: 'lẻ', nghin: 'ngàn' },
};

/** The largest number readNumber accepts. */
export const MAX_NUMBER = 999_999_999;

const digit = (d: number): string => DIGITS[d] ?? '';

/** Reads a group 0..999; `full` groups (not the first of a larger number) always say their hundreds. */
function readGroup(n: number, full: boolean, dialect: Dialect): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  const saysHundreds = h > 0 || full;
  if (saysHundreds) out.push(digit(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (saysHundreds) out.push(WORDS[dialect].linh);
      out.push(digit(u));
    }
  } else if (t === 1) {
    out.push('mười');
    if (u > 0) out.push(u === 5 ? 'lăm' : digit(u));
  } else {
    out.push(digit(t), 'mươi');
    if (u === 1) out.push('mốt');
    else if (u === 4) out.push('tư');
    else if (u === 5) out.push('lăm');
    else if (u > 0) out.push(digit(u));
  }
  return out;
}

/** Reads an integer 0..999,999,999 as Vietnamese words, e.g. 1023 -> "một nghìn không trăm hai mươi ba". */
export function readNumber(n: number, dialect: Dialect): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) {
    throw new RangeError(`readNumber: expected an integer 0..${MAX_NUMBER}, got ${n}`);
  }
  if (n === 0) return DIGITS[0];
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const scales = ['triệu', WORDS[dialect].nghin, ''];
  const out: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    out.push(...readGroup(g, out.length > 0, dialect));
    const scale = scales[i];
    if (scale) out.push(scale);
  });
  return out.join(' ');
}

/** Reads each digit of a string of digits: "015" -> "không, một, năm". */
export function readDigits(digits: string, separator = ', '): string {
  return [...digits].map((c) => digit(Number(c))).join(separator);
}

/**
 * Vietnamese names of the letters a ticket prefix may use (lower case, spaces instead of
 * the hyphens of "e-lờ" so the synthesizer does not pause). F, J, W, Z are not in the
 * Vietnamese alphabet; they get their usual loan names.
 */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a', Ă: 'á', Â: 'ớ', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', Ê: 'ê', F: 'ép',
  G: 'giê', H: 'hát', I: 'i', J: 'gi', K: 'ca', L: 'e lờ', M: 'em mờ', N: 'en nờ', O: 'o',
  Ô: 'ô', Ơ: 'ơ', P: 'pê', Q: 'quy', R: 'e rờ', S: 'ét xì', T: 'tê', U: 'u', Ư: 'ư',
  V: 'vê', W: 'vê kép', X: 'ích xì', Y: 'i dài', Z: 'dét',
};

/** The spoken name of one letter, or the letter itself when it has none. */
export function letterName(letter: string): string {
  const up = letter.normalize('NFC').toUpperCase();
  return LETTER_NAMES[up] ?? letter;
}

export interface TicketReading {
  /** digits: "A015" -> "a, không, một, năm"; number: "A015" -> "a mười lăm". */
  mode: 'digits' | 'number';
  dialect: Dialect;
}

/** Reads a ticket code such as "A015" or "1015" for the synthesizer; letters by name, digits per mode. */
export function readTicketNumber(code: string, opts: TicketReading): string {
  const runs = code.normalize('NFC').match(/\p{L}|\d+/gu) ?? [];
  const parts: string[] = [];
  for (const run of runs) {
    if (!/^\d/.test(run)) parts.push(letterName(run));
    else if (opts.mode === 'digits' || run.length > 9) parts.push(readDigits(run));
    else parts.push(readNumber(Number(run), opts.dialect));
  }
  return parts.join(opts.mode === 'digits' ? ', ' : ' ');
}

/**
 * Replaces every run of digits in free text by words, so the synthesizer's own (weaker)
 * number reading is never used: "quầy 3" -> "quầy ba". A run with a leading zero ("015")
 * or longer than 9 digits is read digit by digit. Separators such as "1.000" or "2,5"
 * are not interpreted: each side is read on its own.
 */
export function numbersToWords(text: string, dialect: Dialect): string {
  return text.replace(/\d+/g, (run) =>
    (run.length > 1 && run.startsWith('0')) || run.length > 9 ? readDigits(run, ' ') : readNumber(Number(run), dialect));
}
