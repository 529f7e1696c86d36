import { describe, expect, it } from 'vitest';
import { pageBreaks, pageTime } from '../src/components/Paged';

const rows = (...hs: number[]) => { let top = 0; return hs.map((height) => { const b = { top, height }; top += height + 10; return b; }); };

describe('pageBreaks', () => {
  it('keeps everything on one page when it fits', () => {
    expect(pageBreaks(rows(40, 40, 40), 140)).toEqual({ starts: [0], pageOf: [0, 0, 0] });
  });

  it('starts a new page at the first row that would end below the box, whatever the row heights', () => {
    // tops 0, 50, 150, 200: the third row (100 tall, a wrapped name) ends at 250 > 140.
    expect(pageBreaks(rows(40, 90, 40, 40), 140)).toEqual({ starts: [0, 150], pageOf: [0, 0, 1, 1] });
  });

  it('puts the items of one grid row on the same page', () => {
    const grid = [{ top: 0, height: 50 }, { top: 0, height: 50 }, { top: 60, height: 50 }, { top: 60, height: 50 }];
    expect(pageBreaks(grid, 80).pageOf).toEqual([0, 0, 1, 1]);
  });

  it('gives an item taller than the box a page of its own rather than looping', () => {
    expect(pageBreaks(rows(300, 40), 100)).toEqual({ starts: [0, 310], pageOf: [0, 1] });
  });
});

describe('pageTime', () => {
  it('keeps the usual 8 s a page when every page passes within the cycle', () => {
    expect(pageTime(3, 8000, 30_000)).toBe(8000);
  });

  it('turns faster so that every page shows within 30 s, but never under 2.5 s', () => {
    expect(pageTime(6, 8000, 30_000)).toBe(5000);
    expect(pageTime(8, 8000, 30_000) * 8).toBeLessThanOrEqual(30_000);
    expect(pageTime(20, 8000, 30_000)).toBe(2500);
  });
});
