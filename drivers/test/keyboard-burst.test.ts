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
});
