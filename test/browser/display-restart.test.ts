import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort, tempDir, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium } from './chromium';
import { announced, callNext, freshPage, openCounters, takeTicket, voiceSettled } from './display-helpers';

let srv: RunningServer | undefined;
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the wall display after a server restart', () => {
  it('recovers by itself, shows the next call and does not announce the earlier one twice', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    srv = await testServer({ port, dataDir });
    let office = await openCounters(srv.url, { q1: 'canbo1' });
    const page = await freshPage(browser, 1920, 1080);
    await page.goto(`${srv.url}/display`);
    await expect.poll(() => page.locator('.tiles').innerText(), { timeout: 10_000 }).toContain('Quầy 1');
    await takeTicket(srv.url);
    await takeTicket(srv.url);
    const before = await callNext(office, 'q1');
    await expect.poll(async () => (await announced(page)).map((a) => a.number), { timeout: 20_000 }).toEqual([before]);

    await srv.close();
    await expect.poll(() => page.locator('[role=alert]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    srv = await testServer({ port, dataDir });
    const back = Date.now();
    await expect.poll(() => page.locator('[role=alert]').count(), { timeout: 5000, interval: 100 }).toBe(0);
    expect(Date.now() - back).toBeLessThan(2000);

    office = { url: srv.url, staff: office.staff };
    const after = await callNext(office, 'q1');
    await expect.poll(() => page.locator('.now-number').innerText(), { timeout: 5000 }).toBe(after);
    await expect.poll(async () => (await announced(page)).map((a) => a.number), { timeout: 20_000 }).toEqual([before, after]);
    // A reload (the display PC restarting its browser) does not announce them again either.
    await page.reload();
    await expect.poll(() => page.locator('.now-number').innerText(), { timeout: 10_000 }).toBe(after);
    // The reloaded page has taken in its snapshot and has nothing queued: nothing is said again.
    await voiceSettled(page, 1);
    expect(await announced(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
