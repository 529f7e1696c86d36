import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io as ioClient, type Socket } from 'socket.io-client';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot, signIn } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { srv = await testServer(); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

const text = (page: Page) => page.locator('body').innerText();

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('the staff screens', () => {
  it('a staff member calls by keyboard, the display hears it, completes, and the rating is reported', async () => {
    const api = client(srv.url);
    await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'chungthuc', priority: 'nguoi-cao-tuoi' } });
    const display: Socket = ioClient(srv.url, { auth: { token: 'demo-display' }, transports: ['websocket'] });
    const calls: string[] = [];
    display.on('call', (c: { number: string }) => calls.push(c.number));

    const rating = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await rating.goto(`${srv.url}/rating/q1`);
    await expect.poll(() => text(rating), { timeout: 10_000 }).toContain('Quầy số 1');

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, `${srv.url}/counter?counter=q1`, 'canbo1');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Quầy số 1 — Hộ tịch');
    await expect.poll(() => text(page)).toContain('Đã mở quầy');
    await expect.poll(() => page.getByTestId('waiting-chungthuc').innerText()).toBe('1');
    await page.keyboard.press('n');
    // The priority ticket goes first.
    await expect.poll(() => page.getByTestId('current-number').innerText()).toBe('B001');
    await expect.poll(() => calls).toContain('B001');
    await expect.poll(() => rating.getByTestId('rating-number').innerText()).toBe('B001');
    await screenshot(page, 'staff-counter');
    await expectAccessible(page);

    await page.getByRole('button', { name: /Hoàn thành/ }).click();
    await expect.poll(() => text(page)).toContain('Đã hoàn thành số B001');
    await expect.poll(() => text(rating)).toContain('Rất hài lòng');
    await screenshot(rating, 'staff-rating-3-level');
    await expectAccessible(rating);
    await rating.getByRole('button', { name: /Chưa hài lòng/ }).click();
    await expect.poll(() => text(rating)).toContain('Phải chờ lâu');
    await rating.getByRole('button', { name: 'Phải chờ lâu' }).click();
    await screenshot(rating, 'staff-rating-reasons');
    await expectAccessible(rating);
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => text(rating)).toContain('Cảm ơn');

    const sup = await login(srv.url, 'giamsat');
    const sum = await api('GET', '/api/ratings/summary', { token: sup });
    expect(sum.status).toBe(200);
    expect(sum.body.total).toBe(1);
    expect(sum.body.levels.find((l: { key: string }) => l.key === 'chua_hai_long')).toMatchObject({ count: 1, pct: 100 });
    const list = await api('GET', '/api/ratings', { token: sup });
    expect(list.body[0]).toMatchObject({ number: 'B001', counterId: 'q1', staffId: 'canbo1', serviceId: 'chungthuc', reasons: ['Phải chờ lâu'] });
    // One rating per ticket.
    const again = await api('POST', '/api/ratings', { token: 'demo-counter', body: { ticketId: list.body[0].ticketId, level: 'hai_long' } });
    expect(again.status).toBe(409);
    display.close();
    await rating.close();
    await page.close();
  });

  it('a transfer keeps the original issue time, and a pause reason shows on the counter and the board', async () => {
    const api = client(srv.url);
    const t = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, `${srv.url}/counter?counter=q2`, 'canbo2');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Đã mở quầy');
    await page.getByRole('button', { name: /Gọi số cụ thể/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: new RegExp(t.body.number) }).click();
    await expect.poll(() => page.getByTestId('current-number').innerText()).toBe(t.body.number);
    await page.keyboard.press('c');
    await page.getByRole('dialog').getByRole('button', { name: 'Cư trú', exact: true }).click();
    await expect.poll(() => text(page)).toContain(`Đã chuyển số ${t.body.number}`);
    const after = await api('GET', `/api/tickets/${t.body.id}`);
    expect(after.body.serviceId).toBe('cutru');
    expect(after.body.issuedAt).toBe(t.body.issuedAt);

    await page.keyboard.press('p');
    await page.getByLabel('Lý do khác').fill('Đi lấy hồ sơ ở kho');
    await page.getByRole('dialog').getByRole('button', { name: 'Tạm dừng' }).click();
    await expect.poll(() => text(page)).toContain('Lý do: Đi lấy hồ sơ ở kho');
    expect(srv.ctx.queue.state.counters.q2!.pauseReason).toBe('Đi lấy hồ sơ ở kho');

    const board = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(board, `${srv.url}/admin`, 'giamsat');
    await expect.poll(() => board.getByTestId('board-q2').innerText(), { timeout: 10_000 }).toContain('Tạm dừng: Đi lấy hồ sơ ở kho');
    await screenshot(board, 'staff-admin-board');
    await expectAccessible(board);
    await board.close();
    await page.close();
  });

  it('an admin adds a service and an open kiosk shows it without a reload; staff get 403 on /api/admin', async () => {
    const api = client(srv.url);
    const staffToken = await login(srv.url, 'canbo1');
    for (const [m, p] of [['GET', '/api/admin/setup'], ['POST', '/api/admin/services'], ['GET', '/api/admin/staff'], ['POST', '/api/admin/devices'], ['PUT', '/api/admin/notices'], ['GET', '/api/admin/nothing']] as const) {
      expect((await api(m, p, { token: staffToken, body: m === 'GET' ? undefined : {} })).status, `${m} ${p}`).toBe(403);
    }
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${srv.url}/kiosk`);
    await expect.poll(() => text(kiosk), { timeout: 10_000 }).toContain('Lấy số thứ tự');
    await kiosk.getByRole('button', { name: /Lấy số thứ tự/ }).first().click();
    await expect.poll(() => text(kiosk)).toContain('Hộ tịch');

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, `${srv.url}/admin/services`, 'admin');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Thêm lĩnh vực');
    await page.getByLabel('Mã', { exact: true }).fill('thuedat');
    await page.getByLabel('Tên', { exact: true }).fill('Thuế đất đai');
    await page.getByLabel('Chữ đầu số').fill('T');
    await page.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await expect.poll(() => text(page)).toContain('Đã thêm lĩnh vực Thuế đất đai');
    await expect.poll(() => text(kiosk)).toContain('Thuế đất đai');
    const setupEvents = srv.ctx.queue.journal.db.prepare(`SELECT data FROM events WHERE type = 'SetupApplied' ORDER BY seq DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(setupEvents)).toMatchObject({ source: 'admin', by: 'admin' });
    expect(srv.ctx.config.services.some((s) => s.id === 'thuedat')).toBe(true);
    await screenshot(page, 'staff-admin-services');
    await expectAccessible(page);
    await kiosk.close();
    await page.close();
  });
});
