import { describe, expect, it } from 'vitest';
import { skewFromRoundTrip } from '../src/connection';

describe('a screen keeps its clock in step with the server', () => {
  it('given a quick answer, the skew is the server time against the round trip\'s midpoint', () => {
    // Sent at local 1,000; the server said 61,050; back at local 1,100: the server read its clock at local ~1,050.
    expect(skewFromRoundTrip(1_000, 61_050, 1_100)).toBe(60_000);
  });

  it('given a PC clock that runs ahead, the skew is negative', () => {
    expect(skewFromRoundTrip(5_000_000, 2_300_010, 5_000_020)).toBe(2_300_010 - 5_000_010);
  });

  it('given an answer slower than 2 s, it is not trusted', () => {
    expect(skewFromRoundTrip(0, 10_000, 2_001)).toBeNull();
    expect(skewFromRoundTrip(0, 10_000, 2_000)).toBe(9_000);
  });

  it('given the local clock stepped back during the round trip, it is not trusted', () => {
    expect(skewFromRoundTrip(10_000, 10_000, 9_000)).toBeNull();
  });
});
