/**
 * The citizen kiosk at a provincial centre's busy morning (config/centre.yaml: 21 agencies, long names; hundreds
 * waiting, so every service shows a count and a wait in words) at 1080x1920, 1920x1080 and 1280x800, in normal
 * and larger text, Vietnamese and English: nothing scrolls sideways, every one of the 21 services is reached by
 * taps alone (the list is paged with "Trang sau" / "Trang trước" and a visible "Trang 1/N"), every button is at
 * least 48 px tall, no service name is cut, and the top bar stays on screen. A screenshot per case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadSiteConfig } from '@motcua/config';
import { ROOT, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';

const SIZES = [[1080, 1920], [1920, 1080], [1280, 800]] as const;
/** Tuesday 09:00 in Hà Tĩnh: the morning session, issuing until 11:15. */
const MORNING = Date.parse('2026-11-24T09:00:00+07:00');
/** Tickets waiting per service at 09:00: from nobody to far more than the day can serve. */
const LOAD: Record<string, number> = { tuphap: 120, khdt: 40, tnmt: 60, xaydung: 25, gtvt: 30, ldtbxh: 15, congan: 90, bhxh: 70, dienluc: 8 };

let srv: RunningServer;
let browser: Browser;
let serviceIds: string[];

beforeAll(async () => {
  const config = loadSiteConfig(join(ROOT, 'config/centre.yaml'));
  config.security = { ...config.security, issuePerMinute: 10_000, issuePerHour: 100_000, loginPerMinute: 1000, lookupPerMinute: 10_000 };
  serviceIds = config.services.map((s) => s.id);
  [srv, browser] = await Promise.all([testServer({ config, now: () => MORNING }), launchChromium()]);
  for (const id of serviceIds) {
    for (let i = 0; i < (LOAD[id] ?? 3); i++) {
      const r = await fetch(`${srv.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk' }, body: JSON.stringify({ serviceId: id }) });
      expect(r.status).toBe(201);
    }
  }
}, 120_000);
afterAll(async () => { await browser?.close(); await srv?.close(); });

async function openKiosk(w: number, h: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: w, height: h }, hasTouch: true });
  await page.goto(`${srv.url}/kiosk`);
  await page.getByRole('button', { name: /Lấy số thứ tự/ }).waitFor({ timeout: 15_000 });
  await page.locator('.banner').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Quầy'), undefined, { timeout: 15_000 });
  return page;
}

/** What a citizen would be stuck on, measured: sideways scroll, small buttons, cut names, the top bar off screen. */
function problems(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`document scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const seen = (e: Element) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
    for (const b of [...document.querySelectorAll('button')].filter(seen)) {
      const r = b.getBoundingClientRect();
      if (r.height < 48 || r.width < 48) out.push(`button under 48 px: ${b.textContent?.trim()} ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    for (const b of document.querySelectorAll('.topbar .bar-btn')) {
      const r = b.getBoundingClientRect();
      if (r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight) out.push(`top bar button off screen: ${b.textContent?.trim()}`);
    }
    for (const n of [...document.querySelectorAll('.service-name, .service-meta, .ticket-service, .result span')].filter(seen)) {
      if (n.scrollWidth > n.clientWidth + 1) out.push(`text cut: ${n.textContent?.trim()} ${n.scrollWidth} > ${n.clientWidth}`);
    }
    return out;
  });
}

/** The services a finger can tap on the page shown: wholly on screen, not hidden, and the top element at their middle. */
function tappable(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.service-list .service')].filter((b) => {
    const r = b.getBoundingClientRect();
    if (r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && b.contains(hit);
  }).map((b) => b.querySelector('.service-name')!.textContent!.trim()));
}

/** Every service reached by taps alone: the page shown, then "Trang sau" until it can turn no more. */
async function reachAll(page: Page, name: string): Promise<string[]> {
  const reached = new Set<string>();
  const next = page.locator('.pager .page-btn').last();
  for (let turn = 0; turn < 30; turn++) {
    for (const s of await tappable(page)) reached.add(s);
    await screenshot(page, `kiosk-centre-services-${name}-p${turn + 1}`);
    if (await next.count() === 0 || await next.isDisabled()) break;
    const before = await page.locator('.page-of').innerText();
    await next.tap();
    await expect.poll(() => page.locator('.page-of').innerText()).not.toBe(before);
  }
  return [...reached];
}

const CASES = SIZES.flatMap(([w, h]) => [
  { w, h, large: false, en: false }, { w, h, large: true, en: false }, { w, h, large: true, en: true },
]);

describe('the kiosk at the provincial centre on a busy morning', () => {
  for (const { w, h, large, en } of CASES) {
    const name = `${w}x${h}${large ? '-large' : ''}${en ? '-en' : ''}`;
    it(`${name}: every service reached by taps, nothing cut, scrolled sideways or under 48 px; the ticket and the look-up too`, async () => {
      const page = await openKiosk(w, h);
      if (large) await page.locator('.topbar .bar-btn').filter({ hasText: 'Chữ to' }).tap();
      if (en) await page.locator('.topbar .bar-btn').filter({ hasText: 'English' }).tap();
      await page.locator('.choice.take').tap();
      await page.locator('.service-list .service').first().waitFor();
      // Every service shows its count and a wait in words (the busy ones: "có thể không đến lượt trong hôm nay").
      await expect.poll(() => page.locator('.service-list').innerText()).toContain(en ? 'may not be reached today' : 'có thể không đến lượt trong hôm nay');
      expect(await problems(page)).toEqual([]);
      const reached = await reachAll(page, name);
      expect(reached.length, reached.join(' | ')).toBe(serviceIds.length);
      expect(await problems(page)).toEqual([]);
      // The document itself never scrolls: what is not on screen is on another page, behind a visible button.
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
      // The last service is tapped where it is, on the last page.
      await page.locator('.service-list .service').last().tap();
      await page.getByTestId('ticket-number').waitFor();
      await screenshot(page, `kiosk-centre-ticket-${name}`);
      expect(await problems(page)).toEqual([]);
      // The number, the wait and "Xong" are on the one screen: nobody has to find out that it scrolls.
      const below = await page.evaluate(() => ['.ticket-number', '.ticket-facts', '.ticket > .btn.primary']
        .filter((sel) => document.querySelector(sel)!.getBoundingClientRect().bottom > innerHeight));
      expect(below).toEqual([]);
      await page.locator('.home-btn').tap();
      await page.locator('.choice').nth(1).tap();
      await page.locator('.search-box').waitFor();
      // The centre's catalog loads (catalog.services sends the commune catalog's queues to its agencies): results are listed.
      await page.locator('.results li').first().waitFor({ timeout: 15_000 });
      await screenshot(page, `kiosk-centre-lookup-${name}`);
      expect(await problems(page)).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
