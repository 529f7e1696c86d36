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
  it('shows the number, people ahead and the wait, then "Mời quý vị đến Quầy số 1" when called', async () => {
    const first = await takeTicket(srv.url);
    const mine = await takeTicket(srv.url);
    const page = await freshPage(browser, 360, 740);
    await page.addInitScript(() => { (window as unknown as { __alerts: string[] }).__alerts = []; });
    await page.goto(`${srv.url}/t/${mine.id}`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(mine.number);
    await expect.poll(() => page.locator('.p-facts').innerText()).toMatch(/Số người đứng trước\s*1\s*Thời gian chờ dự kiến\s*khoảng \d+ phút/);
    expect(await page.locator('body').innerText()).not.toContain(first.number);
    await screenshot(page, 'phone-waiting-360x740');
    expect(await axeViolations(page)).toEqual([]);

    expect(await callNext(office, 'q1')).toBe(first.number);
    await expect.poll(() => page.locator('.p-facts').innerText()).toMatch(/Số người đứng trước\s*0/);
    expect(await page.locator('body').innerText()).not.toContain(first.number);
    expect(await callNext(office, 'q1')).toBe(mine.number);
    await expect.poll(() => page.locator('[role=status]').innerText()).toBe('Mời quý vị đến Quầy số 1');
    expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([`Số ${mine.number}: mời quý vị đến Quầy số 1`]);
    expect(await page.locator('body').innerText()).not.toMatch(/\bbạn\b/);
    await screenshot(page, 'phone-called-360x740');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opened from an English ticket\'s QR (?lang=en) it is in English, names too; the switch turns it to Vietnamese', async () => {
    const r = await fetch(`${srv.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk' }, body: JSON.stringify({ serviceId: 'hotich', lang: 'en' }) });
    const mine = await r.json() as { id: string; number: string };
    const page = await freshPage(browser, 360, 740);
    await page.goto(`${srv.url}/t/${mine.id}?lang=en`);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 10_000 }).toBe(mine.number);
    expect(await page.locator('.p-label').innerText()).toBe('Your number');
    expect(await page.locator('.p-service').innerText()).toBe('Civil status');
    await expect.poll(() => page.locator('.p-facts').innerText()).toMatch(/People ahead\s*\d+\s*Estimated wait\s*about \d+ (min|h)/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'phone-waiting-en-360x740');
    expect(await axeViolations(page)).toEqual([]);
    const lang = page.getByRole('button', { name: 'Tiếng Việt' });
    expect((await lang.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await lang.click();
    await expect.poll(() => page.locator('.p-label').innerText()).toBe('Số thứ tự của quý vị');
    expect(await page.locator('.p-service').innerText()).toBe('Hộ tịch');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
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
