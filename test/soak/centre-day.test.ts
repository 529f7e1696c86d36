/** A provincial centre's day, short (150 tickets, 30 displays; `npm run soak`: 3,000 and 300). */
import { describe, expect, it } from 'vitest';
import { centreDay } from './centre-day';

describe('a day at a provincial centre (34 counters, accelerated clock)', () => {
  it('every ticket ends in exactly one final state, at one counter; waiting counts are exact; every call reaches every display', async () => {
    const r = await centreDay(Number(process.env.DAY_TICKETS ?? 150), Number(process.env.DAY_DISPLAYS ?? 30));
    expect(r.problems).toEqual([]);
    expect(r.calls).toBe(r.tickets);
  }, 600_000);
});
