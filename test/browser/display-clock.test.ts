import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium } from './chromium';
import { freshPage } from './display-helpers';

// The server's clock stands still at 9:00 on Monday 23/11/2026 in Hà Nội: only the display PC's clock moves.
const NINE = Date.parse('2026-11-23T09:00:00+07:00');
let srv: RunningServer;
let browser: Browser;
beforeAll(async () => {
  // Half a minute past 9:00, so the wall's once-a-second tick (up to a second behind a fresh time:get) still reads 09:00.
  [srv, browser] = await Promise.all([testServer({ now: () => NINE + 30_000 }), launchChromium()]);
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe("the wall display's clock", () => {
  it("follows the server's clock when the display PC's own clock drifts, without a reconnect", async () => {
    const page = await freshPage(browser, 1920, 1080);
    // Every 1.5 s instead of every 10 minutes, so the test need not wait.
    await page.addInitScript(() => { (globalThis as { __motcuaClockSyncMs?: number }).__motcuaClockSyncMs = 1500; });
    await page.clock.install({ time: NINE });
    let snapshots = 0;
    let syncs = 0;
    page.on('websocket', (ws) => ws.on('framereceived', (f) => {
      const frame = String(f.payload);
      if (frame.startsWith('42["snapshot"')) snapshots++;
      if (/^43\d+\[\{"ok":true,"data":\{"serverTime"/.test(frame)) syncs++; // the answer to a time:get
    }));
    await page.goto(`${srv.url}/display`);
    // The wall draws its clock before the snapshot arrives: wait for the snapshot itself, then for the clock.
    await expect.poll(() => snapshots, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('.clock').innerText(), { timeout: 10_000 }).toBe('Thứ Hai, 23/11/2026 09:00');

    // The PC's clock falls 47 minutes behind (a flat RTC battery, weeks without a time server): the server still says 9:00.
    // (Set back, not ahead: a jump ahead also trips socket.io's heartbeat, whose reconnect's snapshot would hide the bug.)
    await page.clock.setSystemTime(NINE - 47 * 60_000);
    expect(NINE - await page.evaluate(() => Date.now())).toBeGreaterThan(46 * 60_000);
    await expect.poll(() => page.locator('.clock').innerText(), { timeout: 10_000 }).toBe('Thứ Hai, 23/11/2026 09:00');
    // Put right by the periodic time:get, not by a new snapshot (the socket stayed up).
    // Two more time:get answers taken in (not a fixed wait): the clock stays right and no snapshot came.
    const seen = syncs;
    await expect.poll(() => syncs, { timeout: 10_000 }).toBeGreaterThanOrEqual(seen + 2);
    expect(await page.locator('.clock').innerText()).toBe('Thứ Hai, 23/11/2026 09:00');
    expect(snapshots).toBe(1);
  });
});
