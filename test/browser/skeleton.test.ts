import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { srv = await testServer(); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the screens are served and live', () => {
  it('the kiosk page connects with the demo token and shows waiting counts that change live', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/kiosk`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('Hộ tịch');
    await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Hộ tịch\D*1/);
    void login;
    await page.close();
  });
});
