import { createCanvas } from '@napi-rs/canvas';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qrEncode, type QrLevel } from '../src/printer/qr';
import { tempDir, zbar } from './helpers';

/** Draws a matrix with a 4-module quiet zone and decodes it with zbarimg. */
async function roundTrip(text: string, level: QrLevel, dir: string): Promise<{ version: number; read: string[] }> {
  const m = qrEncode(text, level);
  const k = 3;
  const side = (m.size + 8) * k;
  const canvas = createCanvas(side, side);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, side, side);
  g.fillStyle = '#000';
  for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.get(x, y)) g.fillRect((x + 4) * k, (y + 4) * k, k, k);
  const file = join(dir, `qr-${level}-${text.length}.png`);
  writeFileSync(file, canvas.toBuffer('image/png'));
  return { version: m.version, read: await zbar(file) };
}

describe('QR encoder, checked by zbarimg', () => {
  const dir = tempDir();
  const cases: Array<[string, QrLevel]> = [
    ['http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr', 'M'],
    ['https://motcua.hoaan.gov.vn/t/abc_def-1234567890XY', 'L'],
    ['Hộ tịch — Chứng thực ' + 'x'.repeat(150), 'Q'],
    ['y'.repeat(400), 'H'],
    ['z'.repeat(1200), 'L'],
  ];
  for (const [text, level] of cases) {
    it(`encodes ${text.length} characters at level ${level} so that zbarimg reads them back`, async () => {
      expect((await roundTrip(text, level, dir)).read).toEqual([text]);
    });
  }

  it('picks the smallest version, at the byte-mode capacities of the standard', () => {
    // ISO/IEC 18004 table 7: 1-L 17, 4-M 62, 10-L 271, 10-Q 151, 40-L 2953, 40-H 1273 bytes.
    const v = (n: number, l: QrLevel) => qrEncode('a'.repeat(n), l).version;
    expect([v(17, 'L'), v(18, 'L')]).toEqual([1, 2]);
    expect([v(62, 'M'), v(63, 'M')]).toEqual([4, 5]);
    expect([v(271, 'L'), v(272, 'L')]).toEqual([10, 11]);
    expect([v(151, 'Q'), v(152, 'Q')]).toEqual([10, 11]);
    expect(v(2953, 'L')).toBe(40);
    expect(v(1273, 'H')).toBe(40);
    expect(() => qrEncode('a'.repeat(2954), 'L')).toThrow(RangeError);
  });

  it('is browser-safe (the kiosk page draws the ticket QR with it): imports only the qrcode package', () => {
    const src = readFileSync(new URL('../src/printer/qr.ts', import.meta.url), 'utf8');
    const imports = [...src.matchAll(/^import .*$/gm)].map((m) => m[0]);
    expect(imports).toEqual(["import { create } from 'qrcode';"]);
    expect(src).not.toMatch(/require\(|\bBuffer\b|process\./);
  });

  it('refuses data over version 40 instead of drawing a broken symbol', () => {
    expect(() => qrEncode('x'.repeat(3000), 'H')).toThrow(RangeError);
  });
});
