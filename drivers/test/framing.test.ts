import { describe, expect, it } from 'vitest';
import { LineFramer, type Frame, type LineEnding } from '../src/scanner/framing';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (f: Frame) => (f.kind === 'line' ? new TextDecoder().decode(f.bytes) : `<overflow ${f.bytes}>`);

/** Feeds the input split at the given cut points. */
function feed(ending: LineEnding, input: Uint8Array, cuts: number[], maxLength?: number): string[] {
  const framer = new LineFramer({ lineEnding: ending, ...(maxLength ? { maxLength } : {}) });
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, input.length]) {
    out.push(...framer.push(input.subarray(from, cut)).map(dec));
    from = cut;
  }
  return out;
}

describe('serial line framing', () => {
  const lines = ['001085012345|012345678|Nguyễn Văn An|15031985|Nam|Hà Nội|20042021', '000.00.23.H23-240315-0001', 'x'];

  for (const ending of ['\r', '\n', '\r\n'] as const) {
    it(`splits on ${JSON.stringify(ending)} wherever the chunks are cut`, () => {
      const input = enc(lines.map((l) => l + ending).join(''));
      expect(feed(ending, input, [])).toEqual(lines);
      // Every single cut point, including inside a multi-byte letter and between CR and LF.
      for (let cut = 1; cut < input.length; cut++) expect(feed(ending, input, [cut])).toEqual(lines);
      // Byte by byte.
      expect(feed(ending, input, Array.from({ length: input.length - 1 }, (_, i) => i + 1))).toEqual(lines);
    });
  }

  it('"any": CR, LF and CR LF each end a line, mixed in one stream, wherever the chunks are cut', () => {
    const input = enc(`${lines[0]}\r${lines[1]}\n${lines[2]}\r\n`);
    for (let cut = 1; cut < input.length; cut++) expect(feed('any', input, [cut])).toEqual(lines);
  });

  it('counts the bytes pending without a line end (what the idle timer drops)', () => {
    const framer = new LineFramer({ lineEnding: 'any' });
    framer.push(enc('ok\rhalf'));
    expect(framer.pending).toBe(4);
    framer.flush();
    expect(framer.pending).toBe(0);
  });

  it('keeps a lone CR inside a CRLF-framed line (the guard trims it later)', () => {
    expect(feed('\r\n', enc('ab\rcd\r\n'), [])).toEqual(['ab\rcd']);
  });

  it('skips empty lines', () => {
    expect(feed('\n', enc('\n\nabc\n\n'), [])).toEqual(['abc']);
  });

  it('turns a line over the cap into one overflow frame, then carries on', () => {
    const long = 'y'.repeat(100);
    const input = enc(`${long}\r\nok\r\n`);
    expect(feed('\r\n', input, [], 10)).toEqual(['<overflow 100>', 'ok']);
    for (const cut of [5, 11, 99, 100, 101, 102]) expect(feed('\r\n', input, [cut], 10)).toEqual(['<overflow 100>', 'ok']);
  });

  it('flushes a pending line without an ending (idle timeout)', () => {
    const framer = new LineFramer({ lineEnding: '\n' });
    expect(framer.push(enc('abc'))).toEqual([]);
    expect(framer.flush().map(dec)).toEqual(['abc']);
    expect(framer.flush()).toEqual([]);
  });
});
