/** A kiosk PC that boots before the server: the service worker's shell shows the offline banner, and the kiosk recovers by itself. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort, tempDir, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';

let browser: Browser | null = null;
const servers: RunningServer[] = [];
afterAll(async () => { await browser?.close(); for (const s of servers) await s.close().catch(() => {}); });

describe('kiosk shell kept by a service worker', () => {
  it('server down, reload: the kiosk shows its offline banner; server up: it is back without a touch', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const first = await testServer({ port, dataDir });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(`http://127.0.0.1:${port}/kiosk`);
    await page.getByRole('button', { name: /Người cao tuổi/ }).waitFor();
    // The worker is installed once the page, its scripts, styles and fonts are in its cache.
    await expect.poll(() => page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return (await (await caches.open('motcua-kiosk-shell-v1')).keys()).length;
    }), { timeout: 20_000 }).toBeGreaterThan(3);
    await first.close();

    await page.reload();
    await expect.poll(() => page.locator('.banner').innerText(), { timeout: 20_000 }).toContain('Mất kết nối');
    expect(await page.locator('body').innerText()).toContain('Lấy số thứ tự');
    await screenshot(page, 'kiosk-booted-before-server');

    servers.push(await testServer({ port, dataDir }));
    await page.locator('.banner').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('button', { name: /Người cao tuổi/ }).waitFor();
    await page.getByRole('button', { name: /Tra cứu thủ tục/ }).click();
    await expect.poll(() => page.locator('.result').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    await screenshot(page, 'kiosk-recovered-after-server');
    await page.close();
  });
});
