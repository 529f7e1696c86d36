/**
 * Bench for the kiosk's first render with the CPU slowed down 4x (CDP Emulation.setCPUThrottlingRate),
 * as on a low-end kiosk PC: navigation start -> the home screen's three big buttons on screen.
 *
 * Each run opens /kiosk in a fresh browser context (empty HTTP cache, nothing in localStorage), so it
 * covers HTML, JS and CSS download, parse, Preact's first render and the first frame after it. Clock:
 * performance.now() in the page, whose zero is the navigation start. An init script watches the DOM
 * and, once the three `.home .choice` buttons have a size, stamps the next animation frame (the frame
 * that shows them). "ready" is the later moment the "take a number" button is enabled (socket connected).
 */
import { testServer } from '../server/test/integration/helpers';
import { launchChromium } from '../test/browser/chromium';
import { percentile } from './stats';

// A string: tsx (esbuild keepNames) would wrap a function passed to addInitScript in a `__name` helper the page lacks.
const WATCH = `(() => {
  const seen = () => {
    const b = document.querySelectorAll('.home .choice');
    return b.length >= 3 && [...b].every((e) => e.getBoundingClientRect().width > 0);
  };
  const check = () => {
    if (window.__shown === undefined && seen()) { window.__shown = -1; requestAnimationFrame(() => { window.__shown = performance.now(); }); }
    const take = document.querySelector('.home .choice.take');
    if (window.__ready === undefined && take && !take.disabled) window.__ready = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

export interface RenderStats { p50: number; p99: number; max: number; samples: number; readyP50: number }

/** Opens /kiosk `runs` times at the given size with the CPU throttled `rate`x; first render and ready times in ms. */
export async function benchKioskFirstRender(size: readonly [number, number] = [1080, 1920], runs = 7, rate = 4): Promise<RenderStats> {
  const srv = await testServer();
  const browser = await launchChromium();
  const shown: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: size[0], height: size[1] } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.addInitScript(WATCH);
      await page.goto(`${srv.url}/kiosk`);
      // A function, not a string: the kiosk's CSP has no 'unsafe-eval', and a string predicate is evaluated with eval.
      await page.waitForFunction(() => (window as unknown as { __shown: number }).__shown > 0 && (window as unknown as { __ready?: number }).__ready !== undefined, undefined, { timeout: 30_000 });
      const [s, r] = await page.evaluate(() => { const w = window as unknown as { __shown: number; __ready: number }; return [w.__shown, w.__ready] as [number, number]; });
      if (i > 0) { shown.push(s); ready.push(r); } // run 0 warms Chromium itself (process start, code cache), as a kiosk PC that has booted
      await context.close();
    }
  } finally {
    await browser.close();
    await srv.close();
  }
  const r = (x: number) => Math.round(x);
  return { p50: r(percentile(shown, 50)), p99: r(percentile(shown, 99)), max: r(Math.max(...shown)), samples: shown.length, readyP50: r(percentile(ready, 50)) };
}

/** The same at 1280x800, the smallest screen the kiosk runs on. */
export const benchKioskFirstRender1280 = (): Promise<RenderStats> => benchKioskFirstRender([1280, 800]);
