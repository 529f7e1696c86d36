/** The supervisor's board warns when the holiday list lacks a fixed holiday (here 2027's Giỗ Tổ), in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoConfigWithHours, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot } from './chromium';

let complete: RunningServer;
let missing: RunningServer;
let browser: Browser;
const NOV = Date.parse('2026-11-23T09:00:00+07:00');
beforeAll(async () => {
  const config = demoConfigWithHours();
  config.hours!.enforce = false;
  const gap = demoConfigWithHours();
  gap.hours!.enforce = false;
  gap.hours!.holidays = gap.hours!.holidays.filter((h) => h.date !== '2027-04-16');
  [complete, missing, browser] = await Promise.all([testServer({ config, now: () => NOV }), testServer({ config: gap, now: () => NOV }), launchChromium()]);
});
afterAll(async () => { await browser?.close(); await complete?.close(); await missing?.close(); });

async function board(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}/admin`);
  await page.getByLabel('Tên đăng nhập').fill('giamsat');
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.locator('.board').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.locator('.board').innerText(), { timeout: 10_000 }).toContain('Quầy số 1');
  return page;
}

describe("the supervisor's board and the holiday list", () => {
  it('names the missing holiday with its date from the lunar calendar, and says where to add it', async () => {
    const page = await board(missing.url);
    const warning = page.getByRole('alert').filter({ hasText: 'Lịch nghỉ lễ chưa đủ' });
    await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(1);
    const text = await warning.innerText();
    expect(text).toContain('Năm 2027 chưa có ngày nghỉ Giỗ Tổ Hùng Vương: thứ Sáu 16/4/2027 (10/3 âm lịch)');
    expect(text).toContain('hours.holidays');
    await screenshot(page, 'admin-board-holiday-gap');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows nothing of the kind when the list is complete', async () => {
    const page = await board(complete.url);
    // The board has the holiday check's answer (it marks itself when it does): then no warning is shown.
    await page.locator('.board[data-holidays-checked=true]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.holiday-gaps').count()).toBe(0);
  });
});
