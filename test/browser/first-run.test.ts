/** First run in production: no config, so /setup walks the office through its set-up in Chromium; then the real server starts, with no demo credentials. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, freePort, tempDir } from '../../server/test/integration/helpers';
import { buildServer, run, waitForHealth, type Proc } from '../ops/built-server';
import { axeViolations, launchChromium, screenshot } from './chromium';

let build: ReturnType<typeof buildServer>;
let browser: Browser;
let proc: Proc | null = null;
beforeAll(async () => { build = buildServer(); browser = await launchChromium(); });
afterAll(async () => { proc?.child.kill('SIGKILL'); await browser?.close(); build?.remove(); });

describe('first run in production', () => {
  it('serves /setup until the office is set up, then starts normally with only the accounts and tokens it made', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const etc = tempDir('motcua-etc-'), data = tempDir();
    const configPath = join(etc, 'site.yaml');
    proc = run(join(build.dir, 'main.js'), { NODE_ENV: 'production', MOTCUA_CONFIG: configPath, MOTCUA_DATA: data, PORT: String(port) });
    await waitForHealth(base, proc, 503); // set-up mode: screen launchers keep waiting
    const code = readFileSync(join(data, 'setup-code.txt'), 'utf8').trim();
    expect(proc.stderr()).toContain(code);

    // bypassCSP: only so axe-core can be injected; the page itself runs under its CSP (script-src 'self').
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${base}/kiosk`); // anything else leads to the set-up
    expect(page.url()).toBe(`${base}/setup`);
    await page.getByLabel('Tên cơ quan').fill('UBND xã Thử Nghiệm');
    await page.getByLabel('Địa chỉ', { exact: false }).first().fill('Số 2 đường Lê Lợi');
    expect(await page.getByLabel('Địa chỉ máy chủ').inputValue()).toBe(base);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-1-office');
    const next = page.locator('#next');
    await next.click();
    await expect.poll(() => page.locator('#services input').first().inputValue()).toBe('Hộ tịch');
    await page.getByRole('button', { name: /Thêm dịch vụ/ }).click();
    await page.locator('#services .row').last().getByLabel('Tên dịch vụ').fill('Một cửa liên thông');
    await page.locator('#services .row').last().getByLabel('Chữ đầu số').fill('L');
    await screenshot(page, 'first-run-2-services');
    await next.click();
    await expect.poll(() => page.locator('#counters .row').count()).toBe(2);
    await screenshot(page, 'first-run-3-counters');
    await next.click();
    await page.locator('#staff').getByLabel('Họ tên').fill('Trần Văn Quản');
    await page.locator('#staff').getByLabel('Mật khẩu').fill('mat-khau-rat-dai');
    await page.getByRole('button', { name: /Thêm tài khoản/ }).click();
    await page.locator('#staff .row').nth(1).getByLabel('Tên đăng nhập').fill('canbo.lan');
    await page.locator('#staff .row').nth(1).getByLabel('Họ tên').fill('Nguyễn Thị Lan');
    await page.locator('#staff .row').nth(1).getByLabel('Mật khẩu').fill('mat-khau-cua-lan');
    await screenshot(page, 'first-run-4-staff');
    await next.click();
    await page.getByLabel('Máy in phiếu').selectOption('fake');
    await page.getByLabel('Mã thiết lập').fill('0000-0000');
    await next.click();
    await expect.poll(() => page.locator('#problems').innerText(), { timeout: 15_000 }).toContain('Mã thiết lập không đúng');
    expect(existsSync(configPath)).toBe(false);
    await page.getByLabel('Mã thiết lập').fill(code);
    await next.click();
    await expect.poll(() => page.locator('#done').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.locator('#ready').isVisible(), { timeout: 60_000 }).toBe(true);
    await screenshot(page, 'first-run-5-tokens');
    const urls = await page.locator('#tokens a').allInnerTexts();
    // 1 kiosk, 1 wall display, and a counter display and a rating tablet for each of the 2 counters.
    expect(urls).toHaveLength(6);
    const kioskUrl = urls.find((u) => u.includes('/kiosk?token='))!;
    await page.close();

    // The real server now: the accounts made here work, the demo ones do not exist.
    const api = client(base);
    expect((await api('POST', '/api/auth/login', { body: { username: 'admin', password: 'mat-khau-rat-dai' } })).status).toBe(200);
    expect((await api('POST', '/api/auth/login', { body: { username: 'canbo.lan', password: 'mat-khau-cua-lan' } })).status).toBe(200);
    expect((await api('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })).status).toBe(401);
    expect((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } })).status).toBe(401);
    const token = new URL(kioskUrl).searchParams.get('token')!;
    const services = (await api('GET', '/api/services')).body as Array<{ id: string; name: string }>;
    expect(services.map((s) => s.id)).toEqual(['hotich', 'chungthuc', 'btxh-ncc', 'datdai', 'cutru', 'tonghop', 'mot-cua-lien-thong']);
    // The kiosk's catalog is the office's copy beside its config, linked to its queues.
    const catalog = (await api('GET', '/api/catalog')).body as { procedures: Array<{ serviceId?: string }> };
    expect(catalog.procedures.length).toBeGreaterThan(50);
    expect(existsSync(join(etc, 'catalog/procedures.json'))).toBe(true);
    const ticket = await api('POST', '/api/tickets', { token, body: { serviceId: services[0]!.id } });
    expect(ticket.status).toBe(201);
    expect(ticket.body.number).toBe('A001');
    const yaml = readFileSync(configPath, 'utf8');
    expect(yaml).not.toMatch(/demo|mat-khau/);
    expect(existsSync(join(data, 'setup-code.txt'))).toBe(false);
  }, 240_000);
});
