/** Every message a citizen can read at the kiosk is short and plain: no technical word, in either language. */
import { describe, expect, it } from 'vitest';
import { parseScanLine } from '@motcua/drivers/scanner/parse-line';
import type { UnknownScanCode } from '@motcua/drivers/types';
import { DOSSIER_NOT_FOUND, SCAN_WORDS, TICKET_NOT_FOUND } from '../../server/src/features/kiosk-words';
import { scanView } from '../../server/src/features/kiosk';
import type { AppContext } from '../../server/src/app/context';
import { TEXT } from '../src/i18n';
import { TAKE_ERROR_DEFAULT, TAKE_ERRORS } from '../src/model/citizen-errors';
import { SCAN_FAILED } from '../src/socket';

// Words a citizen should never have to read: encodings, bytes, programming and protocol words, error codes.
const TECHNICAL = /utf-?8|\bbytes?\b|ký tự điều khiển|control char|\bzod\b|\bjson\b|\bhttps?\b|socket|\bserver\b|máy chủ|\bnull\b|undefined|regex|\btoken\b|\berror\b|lỗi hệ thống|invalid|expected|không hợp lệ|\b[A-Z]+_[A-Z_]+\b|\bbaud\b|\bparse/i;

// Lines scanned that each give one reason for not being understood.
const BAD_SCANS: Array<[UnknownScanCode, string | Uint8Array]> = [
  ['empty', '   '], ['tooLong', 'x'.repeat(5000)], ['invalidUtf8', new Uint8Array([0xff, 0xfe, 0x41])], ['controlChars', 'ab\u0007cd'],
  ['cccdFields', '001085012345|012345678|Nguyễn Văn An'], ['unrecognized', 'hello world'],
];

function everyMessage(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, [vi, en]] of Object.entries(TEXT)) out.push([`i18n ${k}`, vi], [`i18n ${k} (en)`, en]);
  for (const [k, [vi, en]] of [...Object.entries(TAKE_ERRORS), ['other', TAKE_ERROR_DEFAULT] as const]) out.push([`take ${k}`, vi], [`take ${k} (en)`, en]);
  for (const [k, w] of [...Object.entries(SCAN_WORDS), ['dossier', DOSSIER_NOT_FOUND], ['ticket', TICKET_NOT_FOUND], ['failed', SCAN_FAILED]] as const) {
    out.push([`scan ${k}`, w.message], [`scan ${k} (en)`, w.messageEn]);
  }
  // What the server actually answers for each bad scan, through the drivers' parser and the kiosk's view.
  const ctx = { config: { devices: {} }, now: () => Date.now() } as unknown as AppContext;
  for (const [code, line] of BAD_SCANS) {
    const scan = parseScanLine(line);
    expect(scan).toMatchObject({ kind: 'unknown', code });
    const view = scanView(ctx, scan);
    if (view.kind !== 'unknown') throw new Error(`unexpected ${view.kind}`);
    out.push([`view ${code}`, view.message], [`view ${code} (en)`, view.messageEn]);
  }
  return out;
}

describe('plain words for citizens', () => {
  const all = everyMessage();

  it('lists every message (the kiosk text, refusals, scan outcomes)', () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(all)('%s carries no technical word', (_where, text) => {
    expect(text).not.toMatch(TECHNICAL);
    expect(text.length).toBeLessThanOrEqual(160);
  });

  it('the check itself catches what the issue saw', () => {
    for (const seen of ['Mã không hợp lệ: dữ liệu không phải văn bản UTF-8.', 'Mã không hợp lệ: có ký tự điều khiển.', 'Mã quá dài (trên 4096 byte).', 'Invalid input: expected string']) {
      expect(seen).toMatch(TECHNICAL);
    }
  });

  it('a scan that cannot be read says what to do: scan again', () => {
    expect(SCAN_WORDS.invalidUtf8.message).toMatch(/Vui lòng quét lại/);
    expect(SCAN_WORDS.invalidUtf8.messageEn).toMatch(/Please scan again/);
  });
});
