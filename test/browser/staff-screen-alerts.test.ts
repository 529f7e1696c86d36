/** The counter screen tells staff when the waiting-room display goes away, and when it is back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot, signIn } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { [srv, browser] = await Promise.all([testServer({ screenGraceMs: 500 }), launchChromium()]); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

const text = (page: Page) => page.locator('body').innerText();

describe('a display gone offline', () => {
  it('shows on the counter screen as an alert, and clears when the display is back', async () => {
    const tv = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await tv.goto(`${srv.url}/display`);
    await expect.poll(() => text(tv), { timeout: 10_000 }).toContain('Quầy 1');

    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(staff, `${srv.url}/counter?counter=q1`, 'canbo1');
    await expect.poll(() => text(staff), { timeout: 10_000 }).toContain('Quầy số 1');
    expect(await text(staff)).not.toContain('Màn hình display-1: mất kết nối');

    await tv.close();
    await expect.poll(() => text(staff), { timeout: 5000 }).toContain('Màn hình display-1: mất kết nối');
    await screenshot(staff, 'staff-alert-display-offline');

    const again = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await again.goto(`${srv.url}/display`);
    await expect.poll(() => text(staff), { timeout: 10_000 }).not.toContain('Màn hình display-1: mất kết nối');
    await again.close();
    await staff.close();
  });
});
