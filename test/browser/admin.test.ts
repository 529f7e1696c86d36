/** The admin panels in Chromium: accounts, devices, notices, priorities and the catalog, each taking effect live. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot, signIn, waitForSnapshot } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { srv = await testServer(); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

const text = (page: Page) => page.locator('body').innerText();

async function adminPage(tab: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, `${srv.url}/admin/${tab}`, 'admin');
  await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Giám sát và quản trị');
  return page;
}

/** Screenshot and axe-core (no serious or critical violation) of the panel on screen. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `admin-${name}`);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('the admin panels', () => {
  it('every panel passes axe-core and is kept as a screenshot', async () => {
    const page = await adminPage('services');
    for (const [tab, marker] of [['Lĩnh vực', 'Thêm lĩnh vực'], ['Quầy', 'Thêm quầy'], ['Ưu tiên', 'Đối tượng ưu tiên'], ['Thông báo', 'Mỗi dòng một thông báo'],
      ['Thiết bị', 'Cấp mã mới'], ['Tài khoản', 'Thêm tài khoản'], ['Đánh giá', 'Lý do chưa hài lòng'], ['Thủ tục', 'Danh mục thủ tục'], ['Nhật ký', 'Nhật ký thay đổi']] as const) {
      await page.getByRole('navigation').getByRole('button', { name: tab, exact: true }).click();
      await expect.poll(() => text(page)).toContain(marker);
      await check(page, tab === 'Thủ tục' ? 'catalog' : page.url().split('/').pop()!);
    }
    await page.close();
  });

  it('an account added on the Tài khoản panel can sign in', { timeout: 60_000 }, async () => {
    const page = await adminPage('staff');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Thêm tài khoản');
    await page.getByLabel('Tên đăng nhập').fill('canbo9');
    await page.getByLabel('Họ tên').fill('Lê Thị Hạnh');
    await page.locator('form.row-form').getByRole('combobox').selectOption('staff');
    await page.getByLabel('Mật khẩu').fill('mat-khau-9');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => text(page)).toContain('Đã thêm tài khoản');
    await expect.poll(() => page.locator('tbody').innerText()).toContain('Lê Thị Hạnh');
    await check(page, 'staff-added');

    const counter = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(counter, `${srv.url}/counter`, 'canbo9', 'mat-khau-9');
    await expect.poll(() => text(counter), { timeout: 10_000 }).toContain('Chọn quầy làm việc');
    // A wrong password is still refused.
    expect(await client(srv.url)('POST', '/api/auth/login', { body: { username: 'canbo9', password: 'sai-mat-khau' } })).toMatchObject({ status: 401 });
    await counter.close();
    await page.close();
  });

  it('a token issued on the Thiết bị panel pairs a display; revoking it drops the display at once', async () => {
    const page = await adminPage('devices');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Cấp mã mới');
    await page.getByLabel('Mã thiết bị').fill('tv-hanh-lang');
    await page.getByLabel('Loại').selectOption('display');
    await page.getByRole('button', { name: 'Cấp mã mới' }).click();
    await expect.poll(() => text(page)).toContain('Mã của tv-hanh-lang');
    const token = await page.locator('.alert code').innerText();
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    await check(page, 'devices-issued');

    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await tv.goto(`${srv.url}/display?token=${token}`);
    const tvSockets = async () => (await srv.io.fetchSockets()).filter((s) => (s.data as { principal?: { id?: string } }).principal?.id === 'tv-hanh-lang').length;
    await expect.poll(tvSockets, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => text(tv)).toContain('Quầy');
    await waitForSnapshot(tv);
    expect(await text(tv)).not.toContain('Mất kết nối');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('listitem').filter({ hasText: 'tv-hanh-lang' }).getByRole('button', { name: 'Thu hồi' }).click();
    await expect.poll(() => text(page)).toContain('Đã thu hồi tv-hanh-lang');
    await expect.poll(tvSockets, { timeout: 3000 }).toBe(0);
    // It tries again, is refused, says so plainly and forgets the token.
    await expect.poll(() => text(tv), { timeout: 5000 }).toContain('chưa được ghép nối hoặc mã đã bị thu hồi');
    expect(await tv.evaluate(() => localStorage.getItem('motcua.token.display'))).toBeNull();
    await screenshot(tv, 'admin-device-revoked-display');
    // It stays out: a reload with the same token is refused.
    await tv.goto(`${srv.url}/display?token=${token}`);
    // Refused again (the page says so only after the server answered its try): then no socket is open for it.
    await expect.poll(() => text(tv), { timeout: 10_000 }).toContain('chưa được ghép nối hoặc mã đã bị thu hồi');
    expect(await tvSockets()).toBe(0);
    await tv.close();
    await page.close();
  });

  it('a notice added on the Thông báo panel runs on the open display ticker', async () => {
    const tv = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await tv.goto(`${srv.url}/display`);
    await expect.poll(() => text(tv), { timeout: 10_000 }).toContain('Quầy');
    const page = await adminPage('notices');
    const box = page.getByLabel('Mỗi dòng một thông báo');
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).not.toBe('');
    await box.fill(`${await box.inputValue()}\nChiều thứ Sáu nghỉ họp cơ quan từ 15 giờ`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => text(page)).toContain('Đã lưu');
    await expect.poll(() => tv.locator('.ticker').innerText(), { timeout: 5000 }).toContain('Chiều thứ Sáu nghỉ họp cơ quan từ 15 giờ');
    await screenshot(tv, 'admin-notice-on-display');
    await tv.close();
    await page.close();
  });

  it('a priority category and the calling policy set on the Ưu tiên panel reach an open kiosk', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${srv.url}/kiosk`);
    await expect.poll(() => text(kiosk), { timeout: 10_000 }).toContain('Người cao tuổi');
    expect(await text(kiosk)).not.toContain('Thương binh');
    const page = await adminPage('priorities');
    const box = page.getByLabel(/Mỗi dòng "mã: tên \| tên tiếng Anh"/);
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toContain('nguoi-cao-tuoi: Người cao tuổi | Elderly');
    const before = (await client(srv.url)('GET', '/api/admin/priorities', { token: await login(srv.url, 'admin') })).body.priorities;
    await box.fill(`${await box.inputValue()}\nthuong-binh: Thương binh, bệnh binh`);
    await page.getByLabel(/số người thường giữa hai người ưu tiên/).fill('3');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => text(page)).toContain('Đã lưu');
    await check(page, 'priorities-saved');
    const saved = await client(srv.url)('GET', '/api/admin/priorities', { token: await login(srv.url, 'admin') });
    expect(saved.body.priorities).toContainEqual({ id: 'thuong-binh', name: 'Thương binh, bệnh binh' });
    // The categories that were there keep their English names (the kiosk's English mode shows them).
    expect(saved.body.priorities.slice(0, before.length)).toEqual(before);
    expect(before.every((p: { nameEn?: string }) => p.nameEn)).toBe(true);
    expect(saved.body.priorityPolicy).toEqual({ kind: 'interleaved', normalPerPriority: 3 });
    await expect.poll(() => text(kiosk), { timeout: 5000 }).toContain('Thương binh, bệnh binh');
    await kiosk.close();
    await page.close();
  });

  it('a procedure edited on the Thủ tục panel changes on an open kiosk without a reload', async () => {
    const catalog = (await (await fetch(`${srv.url}/api/catalog`)).json()) as { procedures: Array<{ code: string; name: string }> };
    const { code, name } = catalog.procedures[0]!;
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${srv.url}/kiosk`);
    await expect.poll(() => text(kiosk), { timeout: 10_000 }).toContain('Tra cứu thủ tục');
    await kiosk.getByRole('button', { name: /Tra cứu thủ tục/ }).first().click();
    await kiosk.locator('.result').filter({ hasText: code }).first().click();
    await expect.poll(() => kiosk.locator('h1').innerText()).toBe(name);
    let reloaded = false;
    kiosk.on('load', () => { reloaded = true; });

    const page = await adminPage('catalog');
    await page.getByLabel(/Tìm thủ tục/).fill(code);
    await page.getByRole('button', { name: `Sửa ${code}` }).click();
    await expect.poll(() => text(page)).toContain(`Sửa thủ tục ${code}`);
    await page.getByLabel('Tên thủ tục').fill(`${name} (sửa thử)`);
    await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
    const n = await page.locator('fieldset').first().locator('.row-form').count();
    await page.getByRole('textbox', { name: `Giấy tờ ${n}` }).fill('Giấy tờ thêm để thử');
    await page.locator('fieldset').first().locator('.row-form').last().getByLabel('Loại').selectOption('certifiedCopy');
    await page.locator('fieldset').first().locator('.row-form').last().getByLabel('Số lượng').fill('2');
    await page.evaluate(() => scrollTo(0, 0));
    await check(page, 'catalog-editor');
    await page.getByRole('button', { name: 'Lưu thủ tục' }).click();
    await expect.poll(() => text(page)).toContain(`Đã lưu thủ tục ${code}`);

    await expect.poll(() => kiosk.locator('h1').innerText(), { timeout: 5000 }).toBe(`${name} (sửa thử)`);
    await expect.poll(() => text(kiosk)).toContain('Giấy tờ thêm để thử');
    expect(reloaded).toBe(false);
    await screenshot(kiosk, 'admin-catalog-edit-on-kiosk');

    // A bad edit is refused with the reason, and the kiosk keeps the good one.
    await page.getByRole('button', { name: `Sửa ${code}` }).click();
    await page.getByLabel('Thời hạn giải quyết').fill('');
    await page.getByLabel('Thời hạn giải quyết').evaluate((el) => el.removeAttribute('required'));
    await page.getByRole('button', { name: 'Lưu thủ tục' }).click();
    await expect.poll(() => text(page)).toContain('timeLimit.text');
    await check(page, 'catalog-refused');
    expect(await kiosk.locator('h1').innerText()).toBe(`${name} (sửa thử)`);
    await kiosk.close();
    await page.close();
  });

  it('the Nhật ký tab lists the changes made above, with who made them', async () => {
    const page = await adminPage('audit');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('notices:');
    const body = await text(page);
    expect(body).toMatch(/devices: tv-hanh-lang revoked/);
    expect(body).toMatch(/admin/);
    await check(page, 'audit-filled');
    await page.close();
  });

  it('the Thủ tục tab adds a field and renames one; the kiosk catalog has both', async () => {
    const page = await adminPage('catalog');
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Lĩnh vực (');
    await page.getByLabel('Mã lĩnh vực mới').fill('thanhnien');
    await page.getByLabel('Tên', { exact: true }).fill('Thanh niên');
    await page.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await expect.poll(() => text(page)).toContain('Đã thêm lĩnh vực Thanh niên');
    await page.getByLabel('Tên lĩnh vực (hotich)').fill('Hộ tịch - Quốc tịch');
    await page.getByRole('button', { name: 'Lưu lĩnh vực hotich' }).click();
    await expect.poll(() => text(page)).toContain('Đã lưu lĩnh vực Hộ tịch - Quốc tịch');
    const served = (await (await fetch(`${srv.url}/api/catalog`)).json()) as { fields: Array<{ id: string; name: string }> };
    expect(served.fields.find((f) => f.id === 'thanhnien')?.name).toBe('Thanh niên');
    expect(served.fields.find((f) => f.id === 'hotich')?.name).toBe('Hộ tịch - Quốc tịch');
    await check(page, 'catalog-fields');
    await page.close();
  });
});
