/** Every screen under the strict content security policy: no violation reported while it loads and works. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot, signIn } from './chromium';
import { callNext, freshPage, openCounters, takeTicket } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { [srv, browser] = await Promise.all([testServer(), launchChromium()]); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

/** A page that records every CSP violation (the DOM event, and Chromium's console line) from its first script on. */
async function watched(width = 1280, height = 800): Promise<{ page: Page; violations: string[] }> {
  const page = await freshPage(browser, width, height);
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => { violations.push(v); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  return { page, violations };
}
const shows = (page: Page, text: string) => expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain(text);
/** Lets the page's late work run (fonts, images, a socket round trip) before the check. */
const settled = async (page: Page) => { await page.evaluate(async () => { await document.fonts.ready; }); };

describe('the content security policy', () => {
  it('is strict, forbids framing, sniffing and referrers on every answer', async () => {
    for (const path of ['/kiosk', '/admin', '/api/health', '/thu-tuc/1.001193']) {
      const h = (await fetch(`${srv.url}${path}`)).headers;
      const csp = h.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("style-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect([h.get('x-content-type-options'), h.get('referrer-policy'), h.get('x-frame-options')], path).toEqual(['nosniff', 'no-referrer', 'DENY']);
    }
  });

  it('reports a violation when one happens (the watch works)', async () => {
    const { page, violations } = await watched();
    await page.goto(`${srv.url}/thu-tuc/1.001193`);
    await page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p><img src="https://example.invalid/x.png">'); });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('the kiosk, the wall display, a counter display, the phone page and the procedure page: no violation', async () => {
    const office = await openCounters(srv.url);
    const t = await takeTicket(srv.url);
    await callNext(office, 'q1');
    const screens: Array<[string, string, number, number]> = [
      ['/kiosk', 'Lấy số', 1080, 1920], ['/display', t.number, 1920, 1080], ['/display/counter/q1', t.number, 1280, 720],
      [`/t/${t.id}`, t.number, 360, 740], ['/thu-tuc/1.001193', 'Thành phần hồ sơ', 360, 740],
    ];
    for (const [path, text, w, h] of screens) {
      const { page, violations } = await watched(w, h);
      await page.goto(`${srv.url}${path}`);
      await shows(page, text);
      await settled(page);
      expect(violations, path).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('the counter screen, the rating tablet, every /admin tab and the report pages: no violation', async () => {
    const counter = await watched();
    await signIn(counter.page, `${srv.url}/counter`, 'canbo2');
    await counter.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await settled(counter.page);
    expect(counter.violations, '/counter').toEqual([]);
    await counter.page.context().close();

    const rating = await watched(1280, 800);
    await rating.page.goto(`${srv.url}/rating/q1`);
    await expect.poll(() => rating.page.locator('body').innerText(), { timeout: 15_000 }).not.toBe('');
    await settled(rating.page);
    expect(rating.violations, '/rating/q1').toEqual([]);
    await rating.page.context().close();

    const { page, violations } = await watched(1440, 900);
    await signIn(page, `${srv.url}/admin`, 'admin');
    await page.locator('nav.tabs button').first().waitFor();
    const tabs = await page.locator('nav.tabs button').allInnerTexts();
    expect(tabs.length).toBeGreaterThan(10);
    for (const name of tabs) {
      await page.locator('nav.tabs button', { hasText: name }).first().click();
      await expect.poll(() => page.locator('nav.tabs button[aria-current="page"]').innerText()).toBe(name);
      await settled(page);
      expect(violations, `/admin ${name}`).toEqual([]);
      if (name === 'Phiên') {
        await page.getByRole('button', { name: /^Kết thúc phiên của admin/ }).first().waitFor();
        await screenshot(page, 'admin-sessions-tab');
      }
    }
    await screenshot(page, 'csp-admin-last-tab');
    // The report pages open from /admin's link, signed in by the page cookie: no token in their addresses.
    const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Báo cáo' }).click()]);
    const reportViolations: string[] = [];
    report.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) reportViolations.push(m.text()); });
    await report.waitForLoadState();
    expect(report.url()).not.toContain('token=');
    expect(await report.locator('h1').count()).toBeGreaterThan(0);
    const links = await report.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.filter((l) => l.includes('token='))).toEqual([]);
    // Its linked stylesheet applied, not blocked.
    expect(await report.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await report.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
    const print = await report.context().newPage();
    print.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) reportViolations.push(m.text()); });
    await print.goto(`${srv.url}/api/reports/print`);
    await print.waitForLoadState();
    expect(await print.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Be Vietnam Pro');
    await settled(print);
    expect(reportViolations).toEqual([]);
    await page.context().close();
  }, 240_000);
});
