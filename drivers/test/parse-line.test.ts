import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../src/scanner/line-guard';
import { classifyScanLine, parseScanLine } from '../src/scanner/parse-line';

const NOW = Date.UTC(2026, 10, 23);
const CARD = '001085012345|012345678|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hà Nội|20042021';
const enc = (s: string) => new TextEncoder().encode(s);

describe('parseScanLine', () => {
  it('recognises our ticket, an ID card and a dossier receipt, from text or bytes', () => {
    expect(parseScanLine('http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr')).toEqual({ kind: 'ticket', ticketId: 'AbCdEfGhIjKlMnOpQr' });
    const card = parseScanLine(enc(CARD + '\r\n'), { now: NOW });
    expect(card.kind).toBe('cccd');
    expect(card.kind === 'cccd' && card.card.idNumber).toBe('001085012345');
    expect(parseScanLine(enc('000.00.23.H23-240315-0001'))).toEqual({ kind: 'dossier', code: '000.00.23.H23-240315-0001' });
  });

  it('reads decomposed (NFD) Vietnamese from a keyboard-mode scanner as the same card', () => {
    const r = parseScanLine(CARD.normalize('NFD'), { now: NOW });
    expect(r.kind === 'cccd' && r.card.fullName).toBe('Nguyễn Văn An');
  });

  it('takes a receipt QR with pipes as a dossier, not a broken ID card', () => {
    expect(parseScanLine('000.00.23.H23-240315-0001|Nguyen Van A|a1b2')).toEqual({ kind: 'dossier', code: '000.00.23.H23-240315-0001' });
  });

  it('uses the configured dossier pattern', () => {
    expect(parseScanLine('HS24031500042', { dossierPattern: String.raw`HS\d{11}` })).toEqual({ kind: 'dossier', code: 'HS24031500042' });
    expect(parseScanLine('HS24031500042').kind).toBe('unknown');
  });

  it('explains a bad ID card in Vietnamese and English', () => {
    const r = parseScanLine('001085012345|012345678|Nguyễn Văn An|31021985|Nam|Hà Nội|20042021', { now: NOW });
    expect(r).toMatchObject({ kind: 'unknown', code: 'cccdDate' });
    expect(r.kind === 'unknown' && r.message).toMatch(/ngày/i);
  });

  it('rejects too long, invalid UTF-8, control characters and empty lines, each with its own code', () => {
    expect(parseScanLine('a'.repeat(MAX_LINE_BYTES + 1))).toMatchObject({ kind: 'unknown', code: 'tooLong' });
    expect(parseScanLine('ệ'.repeat(1400))).toMatchObject({ code: 'tooLong' }); // 4200 bytes in 1400 characters
    expect(parseScanLine(Uint8Array.of(0x41, 0xc3, 0x28))).toMatchObject({ code: 'invalidUtf8' });
    expect(parseScanLine(Uint8Array.of(0xed, 0xa0, 0x80))).toMatchObject({ code: 'invalidUtf8' }); // a UTF-16 surrogate in UTF-8
    expect(parseScanLine('abc\ud800def')).toMatchObject({ code: 'invalidUtf8' });
    expect(parseScanLine('abc\u0007def')).toMatchObject({ code: 'controlChars' });
    expect(parseScanLine('abc\u0085def')).toMatchObject({ code: 'controlChars' });
    expect(parseScanLine('\r\n')).toMatchObject({ code: 'empty' });
    expect(parseScanLine('hello world')).toMatchObject({ code: 'unrecognized' });
  });

  it('never throws and always returns a known kind, for 10,000 random lines', () => {
    const rand = mulberry32(20261123);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const pieces = ['|', '||', '001085012345', 'Nguyễn', '15031985', '31021985', 'Nam', 'Nữ', '000.00.23.H23', '-240315-', '0001', 'http://', '/t/', '%', '%E1', '\r', '\n', '\u0000', '\ud800', '\ufeff', '.', '-'];
    const generators = [
      () => Uint8Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 256)),
      () => String.fromCodePoint(...Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 0x10ffff) & ~0x800)),
      () => String.fromCharCode(...Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 0x10000))),
      () => Array.from({ length: Math.floor(rand() * 40) }, () => pick(pieces)).join(''),
      () => '|'.repeat(Math.floor(rand() * 5000)),
      () => 'x'.repeat(MAX_LINE_BYTES - 5 + Math.floor(rand() * 10)),
      () => CARD.split('|').map((f) => (rand() < 0.3 ? pick(pieces) : f)).join('|'),
      () => `${pick(['http://a/t/', 'https://b.vn/x/t/'])}${Array.from({ length: Math.floor(rand() * 30) }, () => pick([...'AZaz09_-+/%'])).join('')}`,
    ];
    const kinds = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const input = pick(generators)();
      // The inner classifier: parseScanLine's own try/catch would hide a throw.
      const r = classifyScanLine(input, { now: NOW });
      expect(['cccd', 'dossier', 'ticket', 'unknown']).toContain(r.kind);
      if (r.kind === 'unknown') expect(r.message.length).toBeGreaterThan(0);
      kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    }
    expect(kinds.get('unknown')).toBeGreaterThan(5000);
  });
});

/** A small seeded PRNG, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
