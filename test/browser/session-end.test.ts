/** A counter screen whose session the admin ends goes back to the sign-in form at once, saying why. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';
import { freshPage } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { [srv, browser] = await Promise.all([testServer(), launchChromium()]); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('a session ended elsewhere', () => {
  it('the admin ends a counter screen\'s session: the screen shows the sign-in form with the reason', async () => {
    const page = await freshPage(browser, 1280, 800);
    await page.goto(`${srv.url}/counter`);
    await page.getByLabel('Tên đăng nhập').fill('canbo1');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const sessions = (await api('GET', '/api/admin/sessions', { token: admin })).body as Array<{ id: number; username: string }>;
    const lan = sessions.find((s) => s.username === 'canbo1')!;
    expect((await api('DELETE', `/api/admin/sessions/${lan.id}`, { token: admin })).status).toBe(200);
    await page.getByRole('alert').filter({ hasText: 'Phiên đăng nhập đã kết thúc' }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Tên đăng nhập').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('motcua.staff.session'))).toBeNull();
    await screenshot(page, 'session-ended-counter');
    await page.context().close();
  }, 90_000);
});
