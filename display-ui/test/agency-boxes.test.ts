import { describe, expect, it } from 'vitest';
import type { CounterView } from '@motcua/server/contract';
import { agencyBoxes, BOX_MAX, OTHER_AGENCIES } from '../src/model/agencies';

const counters = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `q${from + i}`, number: from + i }) as unknown as CounterView);
const sizes = (boxes: ReturnType<typeof agencyBoxes>) => boxes.map((b) => b.counters.length);

describe('the agencies\' boxes on the wall', () => {
  it('keeps an agency of up to four counters in one box under its name', () => {
    const boxes = agencyBoxes([{ name: 'Sở Tư pháp', counters: counters(3) }, { name: 'Công an tỉnh', counters: counters(4, 4) }]);
    expect(boxes.map((b) => [b.name, b.counters.map((c) => c.id)])).toEqual([
      ['Sở Tư pháp', ['q1', 'q2', 'q3']], ['Công an tỉnh', ['q4', 'q5', 'q6', 'q7']]]);
  });

  it('splits a bigger agency into boxes of about equal size, each under the agency\'s name, in counter order', () => {
    expect(sizes(agencyBoxes([{ name: 'A', counters: counters(5) }]))).toEqual([3, 2]);
    expect(sizes(agencyBoxes([{ name: 'A', counters: counters(7) }]))).toEqual([4, 3]);
    expect(sizes(agencyBoxes([{ name: 'A', counters: counters(9) }]))).toEqual([3, 3, 3]);
    const big = agencyBoxes([{ name: 'A', counters: counters(23) }]);
    expect(big.every((b) => b.counters.length <= BOX_MAX && b.name === 'A')).toBe(true);
    expect(big.flatMap((b) => b.counters.map((c) => c.number))).toEqual(counters(23).map((c) => c.number));
  });

  it('gives every box its own key and the unnamed group the others\' heading', () => {
    const boxes = agencyBoxes([{ name: null, counters: counters(6) }, { name: 'B', counters: [] }]);
    expect(boxes.map((b) => b.name)).toEqual([OTHER_AGENCIES, OTHER_AGENCIES]);
    expect(new Set(boxes.map((b) => b.key)).size).toBe(2);
  });
});
