/** The kiosk's look-up with a physical keyboard and digits, and the scan screen's next steps (a ready dossier, papers to bring, a ticket QR). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => {
  srv = await testServer();
  browser = await launchChromium();
  const api = client(srv.url);
  const put = (code: string, body: object) => api('PUT', `/api/dossiers/${code}`, { token: 'demo-integration', body });
  expect((await put('000.00.23.H23-261120-0007', { procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', applicantName: 'Trần Thị Bình', receivedDate: '20/11/2026', dueDate: '21/11/2026', status: 'Đã có kết quả - chờ trả', resolvedDate: '21/11/2026' })).status).toBeLessThan(300);
  expect((await put('000.00.23.H23-261120-0008', { procedureName: 'Đăng ký thường trú', field: 'Cư trú', applicantName: 'Lê Văn Cường', receivedDate: '20/11/2026', dueDate: '27/11/2026', status: 'Chờ bổ sung', note: 'Bổ sung giấy xác nhận chỗ ở hợp pháp (hợp đồng thuê nhà có chứng thực)' })).status).toBeLessThan(300);
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

async function openKiosk(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(`${srv.url}/kiosk`);
  await page.getByRole('button', { name: /Người cao tuổi/ }).waitFor();
  await page.locator('.banner').waitFor({ state: 'detached' });
  return page;
}
const tap = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first().click();

/** Types a line as a keyboard-mode scanner does: 8 ms a key (in the events' own timestamps), then Enter. */
async function scanKeys(page: Page, line: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  for (const ch of [...line, 'Enter']) {
    t += 0.008;
    const key = ch === 'Enter' ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 } : { key: ch, text: ch };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp: t, ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', timestamp: t + 0.002, ...key });
  }
  await cdp.detach();
}

describe('the look-up box', () => {
  it('a physical keyboard types into it, and the on-screen digits find a procedure by its code', async () => {
    const page = await openKiosk();
    await tap(page, /Tra cứu thủ tục/);
    await page.locator('.results').waitFor();
    await page.keyboard.type('dang ky ket hon cho con trai', { delay: 120 });
    await expect.poll(() => page.locator('#kiosk-search').inputValue()).toBe('dang ky ket hon cho con trai');
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Đăng ký kết hôn\n/);
    await screenshot(page, 'kiosk-lookup-physical-keyboard');
    // Focus left on a result button by a touch: typing still goes to the box.
    await tap(page, 'Xóa hết');
    await page.locator('.result').first().focus();
    await page.keyboard.type('tam tru', { delay: 120 });
    await expect.poll(() => page.locator('#kiosk-search').inputValue()).toBe('tam tru');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('#kiosk-search').inputValue()).toBe('tam tr');
    await tap(page, 'Xóa hết');
    for (const k of '1.001193') await tap(page, k);
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Đăng ký khai sinh\n/);
    await screenshot(page, 'kiosk-lookup-digits');
    await page.close();
  });
});

describe('the scan screen has no dead end', () => {
  it('a ready dossier takes a number for the result-return queue in one tap and names the counter', async () => {
    const page = await openKiosk();
    await scanKeys(page, '000.00.23.H23-261120-0007');
    await expect.poll(() => page.locator('.scan-result').innerText()).toContain('Đã có kết quả - chờ trả');
    const text = await page.locator('.scan-result').innerText();
    expect(text).toContain('đến quầy 5 để nhận kết quả');
    expect(text).not.toContain('Trần Thị Bình');
    expect(await page.locator('[data-listen]').count()).toBe(1);
    await screenshot(page, 'kiosk-scan-ready-dossier');
    await tap(page, /Lấy số “Trả kết quả”/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toMatch(/^5\d{3}$/);
    await page.close();
  });

  it('"Chờ bổ sung" shows what the one-door software sent and where to bring the papers', async () => {
    const page = await openKiosk();
    await scanKeys(page, '000.00.23.H23-261120-0008');
    await expect.poll(() => page.locator('.scan-result').innerText()).toContain('Chờ bổ sung');
    const text = await page.locator('.scan-result').innerText();
    expect(text).toContain('hợp đồng thuê nhà có chứng thực');
    expect(text).toMatch(/mang giấy tờ đến quầy 4, 5/);
    await screenshot(page, 'kiosk-scan-cho-bo-sung');
    await page.close();
  });

  it('a scanned ticket QR says its place in plain words', async () => {
    const r = await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'datdai' } });
    const page = await openKiosk();
    await scanKeys(page, r.body.url);
    await expect.poll(() => page.locator('.scan-result').innerText()).toContain(r.body.number);
    const text = await page.locator('.scan-result').innerText();
    expect(text).toMatch(/quý vị là người tiếp theo|còn \d+ người trước quý vị/);
    expect(text).not.toMatch(/waiting|Trạng thái/);
    await screenshot(page, 'kiosk-scan-ticket');
    await page.close();
  });
});
