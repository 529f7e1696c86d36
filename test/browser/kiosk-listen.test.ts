/** The kiosk's "Nghe" (read aloud), the printed documents checklist and the closed-office screen, in Chromium. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoConfig, demoConfigWithHours, tempDir, testServer } from '../../server/test/integration/helpers';
import { createDevicesFromConfig } from '../../server/src/app/devices-from-config';
import type { RunningServer } from '../../server/src/server';
import { parseWav } from '../../server/src/voice/wav';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { decodeEscPos, writeRasterPng } from '../../drivers/test/escpos-decode';
import { ocr } from '../../drivers/test/helpers';

let srv: RunningServer;
let closedSrv: RunningServer;
let browser: Browser;
const dataDir = tempDir();
// Monday 23/11/2026 17:30 in Hà Nội: the demo office has closed; it opens again Tuesday 7:30.
const AFTER_CLOSING = Date.parse('2026-11-23T17:30:00+07:00');

beforeAll(async () => {
  const config = demoConfig();
  config.kiosk.voiceVolume = 0.6;
  [srv, closedSrv, browser] = await Promise.all([
    testServer({ dataDir, config, devices: (log) => createDevicesFromConfig(config, dataDir, log) }),
    testServer({ config: demoConfigWithHours(), now: () => AFTER_CLOSING }),
    launchChromium(),
  ]);
});
afterAll(async () => { await browser?.close(); await srv?.close(); await closedSrv?.close(); });

async function open(url: string, path = '/kiosk'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(url + path);
  await page.locator('.banner').waitFor({ state: 'detached', timeout: 10_000 });
  return page;
}

/** Lengths (ms) of the kiosk read-aloud WAVs the page received, in order (read on the way through). */
async function spokenWavs(page: Page): Promise<Array<{ path: string; ms: number }>> {
  const got: Array<{ path: string; ms: number }> = [];
  await page.route('**/api/voice/kiosk/**', async (route) => {
    const res = await route.fetch();
    const body = await res.body();
    if (res.status() === 200) {
      expect(res.headers()['content-type']).toMatch(/^audio\/wav/);
      got.push({ path: new URL(route.request().url()).pathname, ms: parseWav(new Uint8Array(body)).durationMs });
    }
    await route.fulfill({ response: res, body });
  });
  return got;
}

const audioState = (page: Page) => page.evaluate(() => {
  const a = document.getElementById('kiosk-speech') as HTMLAudioElement | null;
  return a ? { paused: a.paused, time: a.currentTime, volume: a.volume } : null;
});

const listen = (page: Page) => page.getByRole('button', { name: /^Nghe$|^Dừng đọc$/ });

async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('button').evaluateAll((els) => els
    .map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.width < 48 || r.height < 48)).map(({ text, r }) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`));
}

describe('"Nghe" on the kiosk', () => {
  it('a procedure page plays real WAV audio, longer for a procedure with more documents; touching elsewhere stops it', async () => {
    const page = await open(srv.url, '/kiosk/thu-tuc/1.011607'); // 1 document
    const wavs = await spokenWavs(page);
    await page.getByRole('heading', { level: 1, name: /Công nhận hộ nghèo/ }).waitFor();
    await screenshot(page, 'kiosk-procedure-listen');
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await listen(page).click();
    await expect.poll(() => wavs.length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 5000 }).toBe(false);
    await expect.poll(async () => (await audioState(page))?.time ?? 0, { timeout: 5000 }).toBeGreaterThan(0.2);
    expect(await listen(page).innerText()).toContain('Dừng đọc');
    await screenshot(page, 'kiosk-procedure-speaking');

    // Touching anything else (here the page's heading) stops the reading.
    await page.getByRole('heading', { level: 1 }).click();
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 2000 }).toBe(true);
    expect(await listen(page).innerText()).toBe('Nghe');

    // A procedure with five documents says more.
    await page.goto(`${srv.url}/kiosk/thu-tuc/2.001263`);
    await page.getByRole('heading', { level: 1, name: /nuôi con nuôi/ }).waitFor();
    await listen(page).click();
    await expect.poll(() => wavs.length, { timeout: 20_000 }).toBe(2);
    expect(wavs.map((w) => w.path)).toEqual(['/api/voice/kiosk/procedure/1.011607.wav', '/api/voice/kiosk/procedure/2.001263.wav']);
    expect(wavs[1]!.ms).toBeGreaterThan(wavs[0]!.ms + 3000);
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 5000 }).toBe(false);

    // Going home (here: the top bar's home button) stops it too.
    await page.getByRole('button', { name: /Trang chủ/ }).click();
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 2000 }).toBe(true);
    await page.close();
  }, 90_000);

  it('the home screen and the ticket confirmation read aloud too, at the kiosk volume of the snapshot', async () => {
    const page = await open(srv.url);
    const wavs = await spokenWavs(page);
    await listen(page).click();
    await expect.poll(() => wavs.map((w) => w.path), { timeout: 20_000 }).toEqual(['/api/voice/kiosk/home.wav']);
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 5000 }).toBe(false);
    expect((await audioState(page))?.volume).toBeCloseTo(0.6, 5);
    await screenshot(page, 'kiosk-home-listen');
    await page.getByRole('button', { name: /Lấy số thứ tự/ }).click();
    await expect.poll(async () => (await audioState(page))?.paused).toBe(true);
    await page.getByRole('button', { name: /^Hộ tịch/ }).click();
    await page.getByTestId('ticket-number').waitFor();
    await listen(page).click();
    await expect.poll(() => wavs.length, { timeout: 20_000 }).toBe(2);
    expect(wavs[1]!.path).toMatch(/^\/api\/voice\/kiosk\/ticket\/[\w-]+\.wav$/);
    expect(wavs[1]!.ms).toBeGreaterThan(2000);
    await screenshot(page, 'kiosk-ticket-listen');
    expect(await smallTargets(page)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('"Listen" in English', () => {
  it('the English kiosk asks for the English reading (?lang=en) and plays it', async () => {
    const page = await open(srv.url, '/kiosk/thu-tuc/1.001193');
    const requested: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/voice/kiosk/')) requested.push(new URL(r.url()).pathname + new URL(r.url()).search); });
    const wavs = await spokenWavs(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const listenEn = page.getByRole('button', { name: /^Listen$|^Stop$/ });
    await listenEn.click();
    await expect.poll(() => wavs.length, { timeout: 20_000 }).toBe(1);
    expect(requested).toEqual(['/api/voice/kiosk/procedure/1.001193.wav?lang=en']);
    expect(wavs[0]!.ms).toBeGreaterThan(5000);
    await expect.poll(async () => (await audioState(page))?.paused, { timeout: 5000 }).toBe(false);
    expect(await listenEn.innerText()).toBe('Stop');
    await page.close();
  }, 60_000);
});

describe('"In danh sách giấy tờ"', () => {
  it('prints the checklist on the fake printer and says so', async () => {
    const page = await open(srv.url, '/kiosk/thu-tuc/1.001193');
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    const before = existsSync(join(dataDir, 'printer')) ? readdirSync(join(dataDir, 'printer')).length : 0;
    await page.getByRole('button', { name: 'In danh sách giấy tờ' }).click();
    await expect.poll(() => page.locator('.print').innerText(), { timeout: 15_000 }).toBe('Đã in — mời quý vị nhận giấy bên dưới');
    expect(readdirSync(join(dataDir, 'printer')).length).toBe(before + 2); // .bin and .png
    await screenshot(page, 'kiosk-checklist-printed');
    await page.close();
  }, 30_000);
});

describe('the kiosk after closing time', () => {
  it('"Lấy số thứ tự" leads to a plain screen with the next opening and the hours; look-up still works', async () => {
    const page = await open(closedSrv.url);
    await page.getByRole('button', { name: /Lấy số thứ tự/ }).click();
    await expect.poll(() => page.locator('.closed h1').innerText()).toBe('Hiện chưa cấp số thứ tự');
    const next = await page.getByTestId('next-opening').innerText();
    expect(next).toMatch(/^7 giờ 30 .*thứ Ba 24\/11\/2026$/);
    expect(await page.locator('.closed').innerText()).toContain('Giờ làm việc:');
    await screenshot(page, 'kiosk-closed');
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tra cứu thủ tục' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('Tìm thủ tục');
    await page.close();
  }, 30_000);
});

describe('the kiosk during a session', () => {
  it('home says the office hours and until when numbers are issued this session', async () => {
    const morning = await testServer({ config: demoConfigWithHours(), now: () => Date.parse('2026-11-24T09:00:00+07:00') });
    try {
      const page = await open(morning.url);
      await expect.poll(() => page.locator('.hours-line').innerText(), { timeout: 10_000 })
        .toBe('Giờ làm việc: Thứ Hai – thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00; thứ Bảy: sáng 7:30–11:30 · Buổi này cấp số đến 11:15');
      await screenshot(page, 'kiosk-home-hours');
      await page.close();
    } finally { await morning.close(); }
  }, 30_000);

  it('late in the afternoon with a long queue: the list, the ticket on screen and on paper say it may not be called today', async () => {
    const config = demoConfigWithHours();
    const dir = tempDir();
    const late = await testServer({ config, dataDir: dir, now: () => Date.parse('2026-11-24T16:10:00+07:00'), devices: (log) => createDevicesFromConfig(config, dir, log) });
    try {
      // Ten ahead at 8 minutes each on one counter: 80 minutes of work, 50 minutes left before 17:00.
      for (let i = 0; i < 10; i++) {
        const r = await fetch(`${late.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk' }, body: JSON.stringify({ serviceId: 'hotich' }) });
        expect(r.status).toBe(201);
      }
      const printer = join(dir, 'printer');
      const printed = () => (existsSync(printer) ? readdirSync(printer).filter((f) => f.endsWith('.bin')).length : 0);
      // Kiosk-token tickets print too: the ten are on paper before the citizen's own.
      await expect.poll(printed, { timeout: 20_000 }).toBe(10);
      const page = await open(late.url);
      await page.getByRole('button', { name: /Lấy số thứ tự/ }).click();
      const hotich = page.getByRole('button', { name: /^Hộ tịch/ });
      await expect.poll(() => hotich.innerText()).toContain('có thể không đến lượt trong hôm nay');
      // The other services are not affected: their own waits, in minutes.
      await expect.poll(() => page.getByRole('button', { name: /^Chứng thực/ }).innerText()).toMatch(/0\s*người đang chờ · không phải chờ/);
      await screenshot(page, 'kiosk-services-late');
      await hotich.click();
      await expect.poll(() => page.locator('.ticket-facts').innerText()).toContain('có thể không đến lượt trong hôm nay');
      await screenshot(page, 'kiosk-ticket-late');
      await expect.poll(printed, { timeout: 15_000 }).toBe(11);
      const bin = readdirSync(printer).filter((f) => f.endsWith('.bin')).sort().at(-1)!;
      const png = join(dir, 'late-ticket.png');
      writeRasterPng(decodeEscPos(readFileSync(join(printer, bin))).image!, png);
      const text = await ocr(png);
      expect(text).toContain('không đến lượt trong hôm nay');
      expect(text).not.toMatch(/khoảng \d+ phút/);
      await page.close();
    } finally { await late.close(); }
  }, 60_000);
});
