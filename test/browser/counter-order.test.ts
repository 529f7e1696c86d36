import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, demoConfig, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot, signIn } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => {
  const config = demoConfig();
  config.queue.priorityPolicy = { kind: 'interleaved', normalPerPriority: 2 };
  srv = await testServer({ config });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => { await browser?.close(); await srv?.close(); });

const text = (page: Page) => page.locator('body').innerText();

describe('the counter screen shows the server\'s calling order and calls back a no-show; the tablet is asked on every completion', () => {
  it('2:1 policy: the order is A001 A002 ★A004 A003; two "next" in a row each ask the tablet; a no-show is called back from the list', async () => {
    const api = client(srv.url);
    for (const priority of [null, null, null, 'nguoi-cao-tuoi']) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich', priority } });
    const rating = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await rating.goto(`${srv.url}/rating/q1`);
    await expect.poll(() => text(rating), { timeout: 15_000 }).toContain('Quầy số 1');

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, `${srv.url}/counter?counter=q1`, 'canbo1');
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain('Đã mở quầy');
    await expect.poll(() => page.getByTestId('call-order').innerText()).toBe('A001A002★ A004A003');
    await screenshot(page, 'counter-call-order');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('current-number').innerText()).toBe('A001');
    await page.keyboard.press('n'); // A001 completes automatically: the tablet asks about it
    await expect.poll(() => text(rating), { timeout: 10_000 }).toContain('việc giải quyết số A001');
    await page.keyboard.press('n'); // and again for A002, while ★A004 walks up
    await expect.poll(() => page.getByTestId('current-number').innerText()).toBe('A004');
    await expect.poll(() => text(rating), { timeout: 10_000 }).toContain('việc giải quyết số A002');
    await rating.getByRole('button', { name: /Rất hài lòng/ }).click();
    await expect.poll(() => text(rating)).toContain('Cảm ơn');
    // ★A004 does not come: marked absent, listed, then called back when the citizen returns.
    await page.keyboard.press('v');
    await expect.poll(() => page.getByTestId('no-shows').innerText()).toContain('A004');
    await screenshot(page, 'counter-no-show-list');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('no-shows').getByRole('button', { name: /A004/ }).click();
    await expect.poll(() => page.getByTestId('current-number').innerText()).toBe('A004');
    await expect.poll(() => text(page)).toContain('Đã gọi lại số vắng mặt A004');
    // The list was on screen: it goes once the server's queues say A004 is called back.
    await expect.poll(() => page.getByTestId('no-shows').count()).toBe(0);
    const sup = await login(srv.url, 'giamsat');
    const ratings = await api('GET', '/api/ratings', { token: sup });
    expect(ratings.body.map((r: { number: string }) => r.number)).toEqual(['A002']);
    await rating.close();
    await page.close();
  });

  it('the /admin "Mẫu báo cáo" tab edits the A4 heading; the print page shows it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1100 } });
    await signIn(page, `${srv.url}/admin/report`, 'admin');
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain('Mẫu báo cáo (Nghị định 30/2020/NĐ-CP)');
    await page.getByLabel('Số báo cáo (để trống để văn thư điền)').fill('125');
    await page.getByLabel('Họ và tên người ký').fill('Trần Thị Mai');
    const to = page.getByLabel('Kính gửi (mỗi dòng một nơi)');
    await to.click();
    await to.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter'); // typed as a person would: a new line, then the new recipient
    await page.keyboard.type('Sở Nội vụ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => text(page)).toContain('Đã lưu');
    await screenshot(page, 'admin-report-header');
    expect(await axeViolations(page)).toEqual([]);
    const admin = await login(srv.url, 'admin');
    const print = (await (await fetch(`${srv.url}/api/reports/print?period=month&token=${admin}`)).text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const s of ['Số: 125/BC-UBND', 'Trần Thị Mai', '- Sở Nội vụ.']) expect(print).toContain(s);
    const audit = await client(srv.url)('GET', '/api/admin/audit', { token: admin });
    expect(audit.body.some((x: { by: string; what: string }) => x.by === 'staff:admin' && x.what.includes('signerName: "Nguyễn Văn Bình" → "Trần Thị Mai"'))).toBe(true);
    await page.close();
  });
});
