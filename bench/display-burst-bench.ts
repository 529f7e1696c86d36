/**
 * Bench: call -> big number on the wall display during a burst (five counters calling every 300 ms for
 * 30 s), beside single calls (one counter, one call a second) measured in the same run on the same server.
 * Both ends of each sample are read in the display's own page (performance.now()): the page sends
 * call-next itself and a MutationObserver notes when the big number shows it. The target is relative:
 * the burst's p99 within 2x the single calls' p99, so a voice queue holding the screen back would show.
 */
import { testServer } from '../server/test/integration/helpers';
import { launchChromium } from '../test/browser/chromium';
import { fillDemoQueue, freshPage, openCounters, runBurst } from '../test/browser/display-helpers';
import { summary } from './stats';

type Stats = { p50: number; p99: number; samples: number };

/** The single-call and the burst figures of one run. */
export async function benchDisplayBurst(): Promise<{ single: Stats; burst: Stats }> {
  const srv = await testServer();
  const browser = await launchChromium();
  try {
    const who = { q1: 'canbo1', q2: 'canbo2', q3: 'canbo3', q4: 'giamsat', q5: 'admin' };
    const office = await openCounters(srv.url, who);
    await fillDemoQueue(srv.url, 50);
    const page = await freshPage(browser, 1920, 1080);
    await page.goto(`${srv.url}/display`);
    await page.waitForSelector('.tiles .tile[data-counter="q5"]', { timeout: 15_000 });
    const calls = Object.keys(who).map((id) => [id, office.staff[id]!] as [string, string]);
    const single = await runBurst(page, calls.slice(0, 1), 1000, 25_000);
    const burst = await runBurst(page, calls, 300, 30_000);
    if (burst.wrong.length) throw new Error(`the big number was not the latest call ${burst.wrong.length} times`);
    return { single: summary(single.latencies), burst: summary(burst.latencies) };
  } finally {
    await browser.close();
    await srv.close();
  }
}

// Run alone: npx tsx bench/display-burst-bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const { single, burst } = await benchDisplayBurst();
  console.log(`call -> big number, single calls 1 s apart   p50 ${single.p50} ms  p99 ${single.p99} ms  n=${single.samples}`);
  console.log(`call -> big number, 5 counters every 300 ms  p50 ${burst.p50} ms  p99 ${burst.p99} ms  n=${burst.samples}  (≤ 2x single p99: ${burst.p99 <= 2 * single.p99 ? 'met' : 'NOT met'})`);
}
