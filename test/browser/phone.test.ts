import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { callNext, freshPage, openCounters, takeTicket, type Office } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
let office: Office;
beforeAll(async () => {
  [srv, browser] = await Promise.all([testServer(), launchChromium()]);
  office = await openCounters(srv.url, { q1: 'canbo1' });
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the phone view of a ticket', () => {
  it('shows the number, people ahead and the wait, then "Mời bạn đến Quầy số 1" when called', async () => {
    const first = await takeTicket(srv.url);
    const mine = await takeTicket(srv.url);
    const page = await freshPage(browser, 360, 740);
    await page.addInitScript(() => { (window as unknown as { __alerts: string[] }).__alerts = []; });
    await page.goto(`${srv.url}/t/${mine.id}`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(mine.number);
    await expect.poll(() => page.locator('.p-facts').innerText()).toMatch(/Người trước bạn\s*1/);
    expect(await page.locator('body').innerText()).not.toContain(first.number);
    await screenshot(page, 'phone-waiting-360x740');
    expect(await axeViolations(page)).toEqual([]);

    expect(await callNext(office, 'q1')).toBe(first.number);
    await expect.poll(() => page.locator('.p-facts').innerText()).toMatch(/Người trước bạn\s*0/);
    expect(await page.locator('body').innerText()).not.toContain(first.number);
    expect(await callNext(office, 'q1')).toBe(mine.number);
    await expect.poll(() => page.locator('[role=status]').innerText()).toBe('Mời bạn đến Quầy số 1');
    expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([`Số ${mine.number}: mời bạn đến Quầy số 1`]);
    await screenshot(page, 'phone-called-360x740');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says "Không tìm thấy số thứ tự" for an unknown ticket', async () => {
    const page = await freshPage(browser, 360, 740);
    await page.goto(`${srv.url}/t/khong-co-so-nay`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe('Không tìm thấy số thứ tự');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
