/**
 * Bench for the wall display: a call is made -> the display's DOM shows its number, in Debian Chromium.
 *
 * Clock: both ends of each sample are read in the same page with performance.now(). The page itself
 * sends `POST /api/counters/q1/call-next` (t0 = just before fetch), and a MutationObserver notes when
 * an element with that `data-number` first appears (the big number, the recent list or the counter
 * tile: whichever the socket delta updates first). One clock, so no cross-process skew to correct.
 * The sample covers HTTP -> durable journal write -> socket.io delta -> signals -> Preact render.
 * A tap on the page's WebSocket also notes when the message naming the number arrives, so the
 * display's own part (message -> DOM) is reported apart. bench/display-compare.ts runs an older
 * build side by side.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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

// Notes when a socket message first names a number, before socket.io reads it: splits each sample into
// server + network (t0 -> message) and the display's own work (message -> DOM: signals, Preact, DOM).
const WS_TAP = `(() => {
  const W = window.WebSocket;
  window.__ws = {};
  window.WebSocket = class extends W {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const t = performance.now();
        if (typeof e.data !== 'string') return;
        for (const m of e.data.matchAll(/"number":"([^"]+)"/g)) if (!(m[1] in window.__ws)) window.__ws[m[1]] = t;
      });
    }
  };
})()`;

const CALL = (token: string) => `(async () => {
  const t0 = performance.now();
  const res = await fetch('/api/counters/q1/call-next', { method: 'POST', headers: { authorization: 'Bearer ${token}', 'content-type': 'application/json' }, body: '{}' });
  const number = (await res.json()).ticket.number;
  while (!(number in window.__seen)) {
    if (performance.now() - t0 > 10000) throw new Error('number ' + number + ' never appeared');
    await new Promise((ok) => setTimeout(ok, 2));
  }
  const ws = window.__ws[number];
  return [window.__seen[number] - t0, ws === undefined ? NaN : window.__seen[number] - ws];
})()`;

/** One call made from the page; resolves to the ms until its number was in the DOM, and the part after the socket message. */
const callAndWait = (page: Page, token: string) => page.evaluate(CALL(token)) as Promise<[number, number]>;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.woff2': 'font/woff2', '.woff': 'font/woff' };

/** Serves the display page and its assets from another build (e.g. the previous one), for a side-by-side run. */
async function serveBuild(ctx: BrowserContext, distDir: string): Promise<void> {
  const file = (path: string) => ({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) });
  await ctx.route(/\/display$/, (r) => r.fulfill(file(join(distDir, 'index.html'))));
  await ctx.route(/\/ui\/display\//, (r) => r.fulfill(file(join(distDir, new URL(r.request().url()).pathname.replace(/^\/ui\/display\//, '')))));
}

/**
 * Raw latencies (ms) of n calls -> number visible on the wall display (`total`), and of the display's
 * own part, socket message -> DOM (`client`); `distDir` serves another display build.
 */
export async function displayDomLatencies(n = 50, distDir?: string, gapMs = 20): Promise<{ total: number[]; client: number[] }> {
  const srv = await testServer();
  // A page served by route interception counts as non-local: without this, Chromium blocks its socket to 127.0.0.1.
  const browser = await launchChromium(['--disable-features=LocalNetworkAccessChecks']);
  try {
    const api = client(srv.url);
    const token = await login(srv.url);
    await api('POST', '/api/counters/q1/open', { token });
    for (let i = 0; i < n; i++) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    if (distDir) await serveBuild(context, distDir);
    await context.addInitScript(WS_TAP);
    const page = await context.newPage();
    await page.goto(`${srv.url}/display`);
    await page.waitForSelector('.tiles .tile', { timeout: 15_000 });
    // Interception slows every request (the call's fetch included): off once the page has loaded.
    await context.unrouteAll();
    await page.evaluate(WATCH);
    const lat: number[] = [];
    const own: number[] = [];
    for (let i = 0; i < n; i++) {
      const [total, afterMessage] = await callAndWait(page, token);
      lat.push(total);
      if (!Number.isNaN(afterMessage)) own.push(afterMessage);
      await new Promise((ok) => setTimeout(ok, gapMs));
    }
    return { total: lat, client: own };
  } finally {
    await browser.close();
    await srv.close();
  }
}

/**
 * Measures call -> number visible on the wall display, n times, calls `gapMs` apart; p50/p99 in ms.
 * 500 ms apart is a busy office (five counters calling within seconds); 20 ms apart, back to back, piles
 * each call onto the previous one's voice synthesis and audio fetch.
 */
export async function benchDisplayDom(n = 50, gapMs = 500): Promise<{ p50: number; p99: number; samples: number }> {
  return summary((await displayDomLatencies(n, undefined, gapMs)).total);
}
