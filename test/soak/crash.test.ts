/** The crash soak, short (3 SIGKILLs; `npm run soak` does 40): nothing acknowledged is lost, no number twice. */
import { describe, expect, it } from 'vitest';
import { crashSoak } from './crash-soak';

describe('crash soak: the real server SIGKILLed at random moments while tickets are issued and called', () => {
  it('loses no acknowledged ticket or state, never gives a number twice, and equals a replay of its journal', async () => {
    const r = await crashSoak(Number(process.env.SOAK_KILLS ?? 3));
    console.log(`crash soak: ${r.kills} kills, ${r.acked} acknowledged tickets, ${r.calls} calls; restart to healthy ${r.restartMs.join(', ')} ms; display snapshot after healthy ${r.resyncMs.join(', ')} ms`);
    expect(r.problems).toEqual([]);
    expect(r.kills).toBeGreaterThan(0);
    expect(r.acked).toBeGreaterThan(0);
  }, 300_000);
});
