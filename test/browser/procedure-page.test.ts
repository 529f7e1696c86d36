/** The procedure page a printed checklist's QR opens on a phone: /thu-tuc/<code>. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { checklistJob } from '../../server/src/features/checklist';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { freshPage } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { [srv, browser] = await Promise.all([testServer(), launchChromium()]); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the procedure page for a phone', () => {
  it('is where the checklist QR points, and shows the documents, fee, time limit, counter and hours at 360x740', async () => {
    const job = checklistJob(srv.ctx, '1.001193');
    expect(job.url).toBe(`${srv.ctx.config.office.publicUrl}/thu-tuc/1.001193`);
    const page = await freshPage(browser, 360, 740);
    const res = await page.goto(`${srv.url}/thu-tuc/1.001193`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('Tờ khai đăng ký khai sinh theo mẫu — 1 bản chính');
    expect(text).toContain('Thời hạn giải quyết');
    expect(text).toContain('Phí, lệ phí');
    expect(text).toMatch(/Quầy số 1 — /);
    expect(text).toContain('Thứ Hai – thứ Sáu');
    expect(text).not.toContain('chưa được ghép nối');
    // Fits a phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The page's own font, with Vietnamese glyphs, ends up loaded (waited for, not sampled once:
    // with font-display swap it may still be on its way when the load event fires).
    await page.waitForFunction(() => document.fonts.check('18px "Be Vietnam Pro"', 'Đăng ký'), undefined, { timeout: 15_000 });
    await screenshot(page, 'procedure-page-360x740');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an unknown or malformed code is a plain 404 page, and markup in the address is not run', async () => {
    const page = await freshPage(browser, 360, 740);
    const res = await page.goto(`${srv.url}/thu-tuc/9.999999`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy thủ tục');
    const bad = await page.goto(`${srv.url}/thu-tuc/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(bad?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy thủ tục');
    expect(await page.locator('img').count()).toBe(0);
    await page.context().close();
  });
});
