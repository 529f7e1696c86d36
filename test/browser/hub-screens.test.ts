/** The province's board (live) and report at the hub, and the office's "Gửi lên tỉnh" panel in /admin, in Chromium on a throwaway PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type pg from 'pg';
import { demoConfig, ROOT, tempDir } from '../../server/test/integration/helpers';
import { startServer, type RunningServer } from '../../server/src/server';
import { createLogger } from '../../server/src/log';
import { forwardState } from '../../server/src/features/outbox/store';
import { migrate, openPool } from '../../hub/src/db';
import { startHub, type RunningHub } from '../../hub/src/hub';
import { addOffice, addReader } from '../../hub/src/offices';
import { startPgCluster, type PgCluster } from '../../hub/test/pg-cluster';
import { runDay } from '../../hub/test/office-sim';
import { axeViolations, launchChromium, screenshot, signIn } from './chromium';

let pgc: PgCluster;
let pool: pg.Pool;
let hub: RunningHub;
let office: RunningServer;
let browser: Browser;
let reader: string;
const clock = { t: Date.parse('2026-11-02T07:00:00+07:00') };

async function caughtUp(): Promise<void> {
  await expect.poll(() => { const s = forwardState(office.ctx.queue.journal.db); return s.backlog === 0 && s.ackedSeq === s.lastSeq; }, { timeout: 60_000, interval: 100 }).toBe(true);
}

beforeAll(async () => {
  pgc = await startPgCluster();
  pgc.createDb('hub');
  pool = openPool(pgc.url('hub'), 2);
  await migrate(pool);
  hub = await startHub({ databaseUrl: pgc.url('hub'), port: 0, host: '127.0.0.1', log: () => {} });
  reader = await addReader(pool, 'Sở Nội vụ');
  await addOffice(pool, { code: 'xa-cam-xuyen', name: 'UBND xã Cẩm Xuyên', district: 'Huyện Cẩm Xuyên' });
  const { token } = await addOffice(pool, { code: 'xa-thach-ha', name: 'UBND xã Thạch Hà', district: 'Huyện Thạch Hà' });
  const config = demoConfig();
  config.office.name = 'UBND xã Thạch Hà';
  config.hub = { url: hub.url, office: 'xa-thach-ha', token: token!, batchSize: 100, intervalMs: 100 };
  office = await startServer({ config, configDir: join(ROOT, 'config'), dataDir: tempDir(), port: 0, host: '127.0.0.1', log: createLogger('silent'), now: () => clock.t });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  await hub?.close();
  await pool?.end();
  pgc?.stop();
});

describe('the hub screens', () => {
  it('the board shows who is connected, and follows a new batch live', async () => {
    runDay(office.ctx, clock, '2026-11-02', 10, 'A');
    await caughtUp();
    const page = await browser.newPage({ viewport: { width: 1440, height: 700 } });
    await page.goto(`${hub.url}/board?token=${reader}`);
    const row = page.locator('tr[data-code="xa-thach-ha"]');
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain('Đang kết nối');
    expect(await page.locator('tr[data-code="xa-cam-xuyen"]').innerText()).toContain('chưa liên lạc');
    await expect.poll(() => page.locator('#live').innerText(), { timeout: 10_000 }).toBe('Đang cập nhật trực tiếp');
    const before = await row.locator('td').nth(7).innerText();
    runDay(office.ctx, clock, '2026-11-03', 4, 'B');
    await expect.poll(() => row.locator('td').nth(7).innerText(), { timeout: 30_000 }).not.toBe(before);
    await screenshot(page, 'hub-board');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it("the province's report reads like an office's, with a line per office", async () => {
    await caughtUp();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(`${hub.url}/api/report/view?period=month&date=2026-11&token=${reader}`);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Báo cáo Tháng 11 năm 2026');
    expect(text).toContain('Số phiếu thứ tự đã cấp: 14');
    expect(text).toContain('Kết quả theo đơn vị');
    await screenshot(page, 'hub-report');
  }, 60_000);

  it("the office's /admin shows what was sent to the province", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, `${office.url}/admin`, 'admin');
    await page.getByRole('button', { name: 'Gửi lên tỉnh' }).click();
    const panel = page.locator('section[aria-labelledby="hub-title"]');
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('Đã gửi đủ số liệu lên tỉnh');
    expect(await panel.innerText()).toContain('xa-thach-ha');
    await screenshot(page, 'admin-hub-forwarding');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
