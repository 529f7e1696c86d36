import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KeyboardBurstDetector } from '../src/scanner/keyboard-burst';

/** Types a string as key events with a fixed gap, then Enter. */
function type(d: KeyboardBurstDetector, text: string, gapMs: number, start = 1000, enterGap = gapMs): { line: string | null; end: number } {
  let t = start;
  for (const ch of text) {
    d.key(ch, t);
    t += gapMs;
  }
  t += enterGap - gapMs;
  return { line: d.key('Enter', t), end: t };
}

describe('keyboard-mode scanner vs a person typing', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    const seen: string[] = [];
    const d = new KeyboardBurstDetector({}, (l) => seen.push(l));
    expect(type(d, '000.00.23.H23-240315-0001', 8).line).toBe('000.00.23.H23-240315-0001');
    expect(seen).toEqual(['000.00.23.H23-240315-0001']);
  });

  it('ignores a person typing, even a fast typist (~60 ms a key)', () => {
    const d = new KeyboardBurstDetector();
    expect(type(d, 'dang ky ket hon', 60).line).toBeNull();
    expect(type(d, 'A015A015', 120, 5000).line).toBeNull();
  });

  it('ignores a short burst (two keys pressed together, then Enter)', () => {
    const d = new KeyboardBurstDetector();
    expect(type(d, 'abc', 5).line).toBeNull();
  });

  it('finds the scan when a person typed just before it', () => {
    const d = new KeyboardBurstDetector();
    let t = 0;
    for (const ch of 'hoti') d.key(ch, (t += 150));
    expect(type(d, 'http://10.0.0.2/t/AbCdEfGhIjKlMnOpQr', 10, t + 200).line).toBe('http://10.0.0.2/t/AbCdEfGhIjKlMnOpQr');
  });

  it('ignores Shift and other named keys a scanner sends between characters', () => {
    const d = new KeyboardBurstDetector();
    let t = 0;
    for (const ch of 'ABCDEFG') {
      d.key('Shift', (t += 2));
      d.key(ch, (t += 3));
    }
    expect(d.inBurst).toBe(true);
    expect(d.pending).toBe('ABCDEFG');
    expect(d.key('Enter', t + 5)).toBe('ABCDEFG');
  });

  it('rejects a burst whose Enter comes too late (someone pressed Enter by hand)', () => {
    const d = new KeyboardBurstDetector();
    expect(type(d, 'ABCDEFGH', 5, 0, 400).line).toBeNull();
  });

  it('starts over when the clock goes backwards', () => {
    const d = new KeyboardBurstDetector();
    d.key('a', 100);
    d.key('b', 50);
    expect(d.pending).toBe('b');
  });

  it('is importable alone by the kiosk page: no imports at all', () => {
    const src = readFileSync(new URL('../src/scanner/keyboard-burst.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).not.toMatch(/require\(/);
  });
  // Key timelines as a loaded kiosk PC delivers them (the kiosk runs the detector with maxGapMs 80):
  // the first key held back by the page's first key event, and jitter later in the burst.
  describe('on a loaded machine', () => {
    const KIOSK = { maxGapMs: 80 };
    /** Feeds `text` with the given gaps before each key after the first (jittered timeline), then Enter. */
    function replay(d: KeyboardBurstDetector, text: string, gaps: number[], start = 10_000, enterGap = 12): string | null {
      let t = start;
      [...text].forEach((ch, i) => d.key(ch, (t += i === 0 ? 0 : gaps[(i - 1) % gaps.length]!)));
      return d.key('Enter', t + enterGap);
    }

    it('keeps the first key when it was held back 150 ms before the rest of the burst', () => {
      const seen: string[] = [];
      const d = new KeyboardBurstDetector(KIOSK, (l) => seen.push(l));
      const code = '000.00.23.H23-261123-0001';
      expect(replay(d, code, [150, ...Array<number>(30).fill(9)])).toBe(code);
      expect(seen).toEqual([code]);
    });

    it('keeps every key of a jittered burst (9-45 ms, a 91 ms hold-up, Enter 180 ms late)', () => {
      const d = new KeyboardBurstDetector(KIOSK);
      const gaps = [20, 14, 11, 45, 22, 24, 46, 91, 10, 9, 13, 9, 13, 9, 12, 10, 9, 9, 33, 34, 9, 14, 28, 28];
      expect(replay(d, '000.00.23.H23-261123-0001', gaps, 500, 180)).toBe('000.00.23.H23-261123-0001');
    });

    it('still leaves out a person\'s slow keys and a lone key long before, and takes two hold-ups at most', () => {
      const d = new KeyboardBurstDetector(KIOSK);
      let t = 0;
      for (const ch of 'hoti') d.key(ch, (t += 150));
      expect(replay(d, 'ABCDEFGH', [10], t + 200)).toBe('ABCDEFGH');
      d.key('x', 0);
      expect(replay(d, 'ABCDEFGH', [10], 900)).toBe('ABCDEFGH');
      expect(replay(d, 'ABCDEFGHIJKL', [10, 200, 10, 200, 10, 200, 10, 10, 10, 10, 10])).toBe('CDEFGHIJKL');
      expect(replay(d, 'ABCDEFGHIJ', [10], 5000, 350)).toBeNull();
    });
  });
});
