/**
 * The first check on anything a scanner sends: size, UTF-8, control bytes. Pure and browser-safe.
 * A scanner is an input device anyone in the room can point at anything (a phone screen, a forged
 * QR): nothing after this guard should see a line it could choke on.
 */
import type { ScanResult } from '../types';

/** The longest line accepted, in UTF-8 bytes. A CCCD QR is ~150 bytes; a receipt QR a few hundred. */
export const MAX_LINE_BYTES = 4096;

export type Unknown = Extract<ScanResult, { kind: 'unknown' }>;
export type GuardResult = { ok: true; line: string; bytes: number } | { ok: false; bytes: number; result: Unknown };

/** Builds an 'unknown' result with its Vietnamese and English messages. */
export function unknown(code: Unknown['code'], message: string, messageEn: string): Unknown {
  return { kind: 'unknown', code, message, messageEn };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
// C0 controls, DEL and C1 controls. A tab or a GS (0x1D, GS1 separator) has no meaning in any code we read.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// A UTF-16 surrogate not part of a pair: only possible when a string (not bytes) arrives.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Scanners end lines with CR, LF or both; whatever the framing left over is trimmed.
const EDGE_NEWLINES = /^[\r\n]+|[\r\n]+$/g;

/** Checks a raw line (bytes from a serial port or a string from a keyboard) and returns it as NFC text. */
export function guardLine(input: string | Uint8Array): GuardResult {
  let text: string;
  let bytes: number;
  if (typeof input === 'string') {
    // Over the limit in UTF-16 units is over it in UTF-8 bytes too: no need to encode a huge string.
    bytes = input.length > MAX_LINE_BYTES ? input.length : encoder.encode(input).length;
    if (bytes > MAX_LINE_BYTES) return tooLong(bytes);
    if (LONE_SURROGATE.test(input)) return { ok: false, bytes, result: invalidUtf8() };
    text = input;
  } else {
    bytes = input.length;
    if (bytes > MAX_LINE_BYTES) return tooLong(bytes);
    try {
      text = utf8.decode(input);
    } catch {
      return { ok: false, bytes, result: invalidUtf8() };
    }
  }
  text = text.replace(EDGE_NEWLINES, '');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (text.trim() === '') {
    return { ok: false, bytes, result: unknown('empty', 'Không đọc được mã: dòng trống.', 'Nothing was read: the line is empty.') };
  }
  if (CONTROL.test(text)) {
    return {
      ok: false,
      bytes,
      result: unknown('controlChars', 'Mã không hợp lệ: có ký tự điều khiển.', 'Invalid code: it contains control characters.'),
    };
  }
  // Keyboard-wedge scanners and some phones send decomposed Vietnamese (e + U+0302 + U+0301): compare in NFC.
  return { ok: true, line: text.normalize('NFC'), bytes };
}

function tooLong(bytes: number): GuardResult {
  return { ok: false, bytes, result: tooLongResult() };
}

/** The 'unknown' result for a line over MAX_LINE_BYTES (also used by the framer's overflow). */
export function tooLongResult(): Unknown {
  return unknown('tooLong', `Mã quá dài (trên ${MAX_LINE_BYTES} byte).`, `The code is too long (over ${MAX_LINE_BYTES} bytes).`);
}

function invalidUtf8(): Unknown {
  return unknown('invalidUtf8', 'Mã không hợp lệ: dữ liệu không phải văn bản UTF-8.', 'Invalid code: the data is not UTF-8 text.');
}
