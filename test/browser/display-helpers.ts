/** Shared steps for the display and phone browser tests: a queue with open counters, calls through the REST API. */
import type { Browser, Page } from 'playwright-core';
import { client, login } from '../../server/test/integration/helpers';

export interface Office { url: string; staff: Record<string, string> }

/** Signs staff in and opens the counters given (counterId -> username). */
export async function openCounters(url: string, who: Record<string, string> = { q1: 'canbo1', q2: 'canbo3' }): Promise<Office> {
  const staff: Record<string, string> = {};
  for (const [counterId, username] of Object.entries(who)) {
    staff[counterId] = await login(url, username);
    const r = await client(url)('POST', `/api/counters/${counterId}/open`, { token: staff[counterId] });
    if (r.status !== 200) throw new Error(`open ${counterId}: ${JSON.stringify(r.body)}`);
  }
  return { url, staff };
}

/** Takes a ticket at the kiosk; returns its id and number. */
export async function takeTicket(url: string, serviceId = 'hotich'): Promise<{ id: string; number: string }> {
  const r = await client(url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId } });
  if (r.status !== 201 && r.status !== 200) throw new Error(`take: ${JSON.stringify(r.body)}`);
  return { id: r.body.id, number: r.body.number };
}

/** Calls the next number at a counter through the REST API; returns the called number. */
export async function callNext(o: Office, counterId: string): Promise<string> {
  const r = await client(o.url)('POST', `/api/counters/${counterId}/call-next`, { token: o.staff[counterId] });
  if (r.status !== 200) throw new Error(`call-next ${counterId}: ${JSON.stringify(r.body)}`);
  return r.body.ticket.number as string;
}

/** A page in its own context (its own localStorage), at a viewport size. */
export async function freshPage(browser: Browser, width: number, height: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height } });
  return ctx.newPage();
}

export interface Announced { seq: number; number: string; start: number; end: number; startedAt: number; audio: string }

/** What the display's voice queue has announced so far. */
export const announced = (page: Page) => page.evaluate(() => ((window as unknown as { __announced?: Announced[] }).__announced ?? []).slice());

/** What a burst of calls made from the wall display's own page measured (one clock: performance.now()). */
export interface Burst { latencies: number[]; samples: number; wrong: Array<{ at: number; shown: string | null; latest: string }>; numbers: string[] }

// In-page code as a string: tsx (esbuild keepNames) would wrap a function passed to evaluate in a `__name` helper the page lacks.
const BURST = (calls: Array<[string, string]>, periodMs: number, durationMs: number) => `(async () => {
  const calls = ${JSON.stringify(calls)};
  const big = () => document.querySelector('.now-number')?.dataset.number ?? null;
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  // Resolves when the big number shows this number: on the DOM change itself, not by polling.
  const shown = (number) => new Promise((ok, fail) => {
    if (big() === number) return ok();
    const guard = setTimeout(() => { mo.disconnect(); fail(new Error('number ' + number + ' never became the big number')); }, 15000);
    const mo = new MutationObserver(() => { if (big() === number) { clearTimeout(guard); mo.disconnect(); ok(); } });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-number'] });
  });
  const out = { latencies: [], samples: 0, wrong: [], numbers: [] };
  const start = performance.now();
  for (let k = 0; performance.now() - start < ${durationMs}; k++) {
    const wait = start + k * ${periodMs} - performance.now();
    if (wait > 0) await sleep(wait);
    const [counterId, token] = calls[k % calls.length];
    const t0 = performance.now();
    const res = await fetch('/api/counters/' + counterId + '/call-next', { method: 'POST', headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' }, body: '{}' });
    if (!res.ok) throw new Error('call-next ' + counterId + ': HTTP ' + res.status + ' ' + await res.text());
    const number = (await res.json()).ticket.number;
    out.numbers.push(number);
    await shown(number);
    out.latencies.push(performance.now() - t0);
    // Settled: until the next call, the big number must stay the latest call.
    const next = start + (k + 1) * ${periodMs};
    while (performance.now() + 100 < next) {
      await sleep(100);
      out.samples++;
      if (big() !== number) out.wrong.push({ at: performance.now() - start, shown: big(), latest: number });
    }
  }
  return out;
})()`;

/** Calls round-robin at the counters given ([counterId, staff token]), one every `periodMs` for `durationMs`, from the page itself. */
export const runBurst = (page: Page, calls: Array<[string, string]>, periodMs: number, durationMs: number) =>
  page.evaluate(BURST(calls, periodMs, durationMs)) as Promise<Burst>;

/** Enough waiting tickets for every counter of the demo office to call `perCounter` times. */
export async function fillDemoQueue(url: string, perCounter: number): Promise<void> {
  // q1 hộ tịch, q2 chứng thực, q3 bảo trợ xã hội, q4 văn hóa - lĩnh vực khác, q5 trả kết quả: each counter's own queue.
  const services = ['hotich', 'chungthuc', 'btxh-ncc', 'tonghop', 'traketqua'];
  await Promise.all(services.map(async (serviceId) => {
    for (let i = 0; i < perCounter; i++) await takeTicket(url, serviceId);
  }));
}

/** Waits until the wall's voice queue has taken in `n` snapshots and has nothing left to say: then "nothing more is announced" holds. */
export async function voiceSettled(page: Page, snapshots: number): Promise<void> {
  await page.waitForFunction((n) => {
    const w = window as unknown as { __voiceSnapshots?: number; __voicePending?: () => number };
    return (w.__voiceSnapshots ?? 0) >= n && w.__voicePending?.() === 0;
  }, snapshots, { timeout: 20_000 });
}
