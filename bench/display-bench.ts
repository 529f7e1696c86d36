/**
 * Bench for the wall display: a call is made -> the display's DOM shows its number, in Debian Chromium.
 *
 * Clock: both ends of each sample are read in the same page with performance.now(). The page itself
 * sends `POST /api/counters/q1/call-next` (t0 = just before fetch), and a MutationObserver notes when
 * an element with that `data-number` first appears (the big number, the recent list or the counter
 * tile: whichever the socket delta updates first). One clock, so no cross-process skew to correct.
 * The sample covers HTTP -> durable journal write -> socket.io delta -> signals -> Preact render.
 */
import type { Page } from 'playwright-core';
import { client, login, testServer } from '../server/test/integration/helpers';
import { launchChromium } from '../test/browser/chromium';
import { summary } from './stats';

// The in-page code is a string: tsx (esbuild keepNames) would wrap functions passed to evaluate in a `__name` helper the page lacks.
const WATCH = `(() => {
  window.__seen = {};
  const scan = () => {
    const t = performance.now();
    for (const el of document.querySelectorAll('[data-number]')) {
      const n = el.dataset.number;
      if (n && !(n in window.__seen)) window.__seen[n] = t;
    }
  };
  scan();
  new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-number'] });
})()`;

const CALL = (token: string) => `(async () => {
  const t0 = performance.now();
  const res = await fetch('/api/counters/q1/call-next', { method: 'POST', headers: { authorization: 'Bearer ${token}', 'content-type': 'application/json' }, body: '{}' });
  const number = (await res.json()).ticket.number;
  while (!(number in window.__seen)) {
    if (performance.now() - t0 > 10000) throw new Error('number ' + number + ' never appeared');
    await new Promise((ok) => setTimeout(ok, 2));
  }
  return window.__seen[number] - t0;
})()`;

/** One call made from the page; resolves to the ms until its number was in the DOM. */
const callAndWait = (page: Page, token: string) => page.evaluate(CALL(token)) as Promise<number>;

/** Measures call -> number visible on the wall display, n times; p50/p99 in ms. */
export async function benchDisplayDom(n = 50): Promise<{ p50: number; p99: number; samples: number }> {
  const srv = await testServer();
  const browser = await launchChromium();
  try {
    const api = client(srv.url);
    const token = await login(srv.url);
    await api('POST', '/api/counters/q1/open', { token });
    for (let i = 0; i < n; i++) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await page.goto(`${srv.url}/display`);
    await page.waitForSelector('.tiles .tile', { timeout: 15_000 });
    await page.evaluate(WATCH);
    const lat: number[] = [];
    for (let i = 0; i < n; i++) {
      lat.push(await callAndWait(page, token));
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return summary(lat);
  } finally {
    await browser.close();
    await srv.close();
  }
}
