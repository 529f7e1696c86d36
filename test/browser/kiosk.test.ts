import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort, tempDir, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import type { Devices } from '../../server/src/app/devices';
import { axeViolations, launchChromium, screenshot } from './chromium';

const CCCD = '001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 1, xã Hòa An|01022021';
const RECEIPT = '000.00.23.H23-261123-0001';
const VIEWPORTS = [[1080, 1920], [1920, 1080], [1280, 800]] as const;

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { srv = await testServer(); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

async function openKiosk(url: string, query = '', size: readonly [number, number] = [1080, 1920]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: size[0], height: size[1] } });
  await page.goto(`${url}/kiosk${query}`);
  await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('Lấy số thứ tự');
  await page.getByRole('button', { name: /Người cao tuổi/ }).waitFor();
  await page.locator('.banner').waitFor({ state: 'detached' });
  return page;
}

const text = (page: Page) => page.locator('body').innerText();
const tap = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first().click();

async function typeOnScreen(page: Page, words: string): Promise<void> {
  for (const ch of words) await tap(page, ch === ' ' ? 'Dấu cách' : ch);
}

async function shootAll(page: Page, name: string): Promise<void> {
  for (const [w, h] of VIEWPORTS) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `kiosk-${name}-${w}x${h}`);
  }
  await page.setViewportSize({ width: 1080, height: 1920 });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  // Touch targets of at least 48 px at every size the kiosk runs at.
  for (const [w, h] of VIEWPORTS) {
    await page.setViewportSize({ width: w, height: h });
    const small = await page.locator('button').evaluateAll((els) => els
      .map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 48 || r.height < 48)).map(({ text, r }) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`));
    expect(small, `${w}x${h}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1080, height: 1920 });
}

/** Types a line as a keyboard-mode scanner does, 8 ms a key then Enter, with CDP event timestamps (not the machine's pace). */
async function scanKeys(page: import('playwright-core').Page, line: string, gapsMs: (i: number) => number = () => 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  for (const [i, ch] of [...line, 'Enter'].entries()) {
    t += i === 0 ? 0 : gapsMs(i) / 1000;
    const key = ch === 'Enter' ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 } : { key: ch, text: ch };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp: t, ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', timestamp: t + 0.002, ...key });
  }
  await cdp.detach();
}

describe('the citizen kiosk', () => {
  it('takes a ticket by taps only, says plainly that the printer failed, and shows the ticket QR', async () => {
    const page = await openKiosk(srv.url);
    await shootAll(page, 'home');
    await expectAccessible(page);
    await tap(page, /Lấy số thứ tự/);
    await expect.poll(() => text(page)).toMatch(/Hộ tịch[\s\S]*người đang chờ/);
    await shootAll(page, 'services');
    await expectAccessible(page);
    await tap(page, /^Hộ tịch/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toBe('A001');
    await expect.poll(() => text(page)).toContain('Máy in đang gặp sự cố — vui lòng chụp ảnh hoặc ghi lại số thứ tự');
    expect(await page.locator('svg.qr path').count()).toBe(1);
    await shootAll(page, 'ticket');
    await expectAccessible(page);
    const ticket = [...srv.ctx.queue.state.tickets.values()][0]!;
    expect(ticket.source).toBe('kiosk');
    await page.close();
  });

  it('the ticket QR decodes to the ticket URL', async () => {
    if (!existsSync('/usr/bin/zbarimg')) return;
    const page = await openKiosk(srv.url);
    await tap(page, /Lấy số thứ tự/);
    await tap(page, /^Chứng thực/);
    await page.locator('svg.qr').waitFor();
    const file = `${tempDir()}/qr.png`;
    await page.locator('svg.qr').screenshot({ path: file });
    const decoded = execFileSync('/usr/bin/zbarimg', ['-q', '--raw', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    expect(decoded).toMatch(/\/t\/[A-Za-z0-9_-]+$/);
    await page.close();
  });

  it('searching "dang ky ket hon" on the on-screen keyboard lists Đăng ký kết hôn first and opens its page', async () => {
    const page = await openKiosk(srv.url);
    await tap(page, /Tra cứu thủ tục/);
    await page.locator('.results').waitFor();
    await typeOnScreen(page, 'dang ky ket hon');
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Đăng ký kết hôn/);
    await shootAll(page, 'lookup');
    await expectAccessible(page);
    await page.locator('.result').first().click();
    await expect.poll(() => text(page)).toContain('Lấy số cho thủ tục này');
    expect(await text(page)).toMatch(/Quầy 1/);
    await shootAll(page, 'procedure');
    await expectAccessible(page);
    await tap(page, 'Quay lại');
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Đăng ký kết hôn/);
    await page.locator('.result').first().click();
    await tap(page, 'Lấy số cho thủ tục này');
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toMatch(/^A\d{3}$/);
    await page.close();
  });

  it('a keyboard-mode CCCD scan greets without the full name or ID number and takes a ticket by one tap', async () => {
    const page = await openKiosk(srv.url);
    // A scanner's own timeline (8 ms a key, in the events' timestamps), whatever the load on this machine.
    await scanKeys(page, CCCD);
    await expect.poll(() => text(page), { timeout: 5000 }).toMatch(/Xin chào ông/);
    await screenshot(page, 'kiosk-cccd-greeting');
    const before = srv.ctx.queue.state.tickets.size;
    await tap(page, /^Cư trú/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toMatch(/^E\d{3}$/);
    const body = await text(page);
    for (const secret of ['001085012345', '123456789', 'Nguyễn Văn An', 'Văn An', 'Nguyn Vn An', 'Thôn 1', '15081985']) expect(body).not.toContain(secret);
    expect(await page.content()).not.toContain('001085012345');
    const tickets = [...srv.ctx.queue.state.tickets.values()];
    expect(tickets.length).toBe(before + 1);
    expect(tickets.some((t) => t.source === 'cccd')).toBe(true);
    await page.close();
  });

  it('a keyboard-mode receipt scan says plainly that there is no news of the dossier yet', async () => {
    const page = await openKiosk(srv.url);
    await scanKeys(page, RECEIPT);
    await expect.poll(() => text(page), { timeout: 5000 }).toMatch(/Chưa có thông tin hồ sơ này/);
    expect(await text(page)).toContain(RECEIPT);
    await shootAll(page, 'scan');
    await expectAccessible(page);
    await page.close();
  });

  it('a keyboard-mode scan keeps its first key when the PC held it back (key timestamps 150 ms apart, then fast)', async () => {
    const page = await openKiosk(srv.url);
    // CDP key events carry their own timestamps (event.timeStamp): the same timeline on a loaded or an idle machine.
    await scanKeys(page, RECEIPT, (i) => (i === 1 ? 150 : i === 12 ? 90 : 8));
    await expect.poll(() => text(page), { timeout: 5000 }).toMatch(/Chưa có thông tin hồ sơ này/);
    expect(await text(page)).toContain(RECEIPT);
    await page.close();
  });

  it('a priority chosen on the home screen goes onto the ticket', async () => {
    const page = await openKiosk(srv.url);
    await tap(page, /Người cao tuổi/);
    await expect.poll(() => text(page)).toContain('Đối tượng ưu tiên: Người cao tuổi');
    await tap(page, /^Đất đai/);
    await expect.poll(() => page.locator('.ticket-service').innerText()).toContain('Người cao tuổi');
    const t = [...srv.ctx.queue.state.tickets.values()].find((x) => x.serviceId === 'datdai')!;
    expect(t.priority).toBe('nguoi-cao-tuoi');
    await page.close();
  });

  it('goes back home after the idle time, with a visible countdown', async () => {
    const page = await openKiosk(srv.url, '?idle=3');
    await tap(page, /Tra cứu thủ tục/);
    await expect.poll(() => text(page)).toContain('Trở về trang chủ sau');
    await screenshot(page, 'kiosk-idle-countdown-1080x1920');
    await expect.poll(() => page.locator('.home').count(), { timeout: 8000 }).toBe(1);
    expect(await text(page)).not.toContain('Trở về trang chủ sau');
    await page.close();
  });

  it('in English, lists procedures by their English names and finds them by English words', async () => {
    const page = await openKiosk(srv.url);
    await tap(page, 'English');
    await tap(page, /Look up a procedure/);
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Birth registration/);
    for (const ch of 'marriage') await tap(page, ch);
    await expect.poll(() => page.locator('.result').first().innerText()).toMatch(/^Marriage registration/);
    await shootAll(page, 'lookup-en');
    await page.locator('.result').first().click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Marriage registration');
    await screenshot(page, 'kiosk-procedure-en');
    await page.close();
  });

  it('switches to English and to larger text', async () => {
    const page = await openKiosk(srv.url);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(24);
    await tap(page, 'English');
    await expect.poll(() => text(page)).toContain('Take a number');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const before = await size();
    await tap(page, 'Larger text');
    await expect.poll(size).toBeGreaterThan(before);
    await shootAll(page, 'home-en-large');
    await tap(page, 'Tiếng Việt');
    await expect.poll(() => text(page)).toContain('Lấy số thứ tự');
    await page.close();
  });
});

describe('the kiosk when the server goes away', () => {
  it('says it is offline, refuses tickets, and recovers by itself when the server returns', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    let own = await testServer({ port, dataDir });
    const page = await openKiosk(own.url);
    await tap(page, /Lấy số thứ tự/);
    await own.close();
    await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Mất kết nối — tạm thời không lấy được số');
    expect(await page.getByRole('button', { name: /^Hộ tịch/ }).isDisabled()).toBe(true);
    await screenshot(page, 'kiosk-offline-1080x1920');
    await expectAccessible(page);
    own = await testServer({ port, dataDir });
    await expect.poll(() => text(page), { timeout: 10_000 }).not.toContain('Mất kết nối');
    await expect.poll(() => page.getByRole('button', { name: /^Hộ tịch/ }).isDisabled()).toBe(false);
    await tap(page, /^Hộ tịch/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toBe('A001');
    await page.close();
    await own.close();
  }, 40_000);
});

describe('the kiosk with a working printer and a serial scanner', () => {
  it('says the ticket printed, and a serial CCCD scan pushed by the server takes a ticket without typing', async () => {
    let scanned: ((scannerId: string, result: unknown) => void) | null = null;
    const dropped: string[] = [];
    const devices: Devices = {
      list: () => [], onChange: () => () => {}, close: async () => {},
      printTicket: async (t) => ({ ticketId: t.id, state: 'printed' }),
      dropPrint: (id) => { dropped.push(id); },
      onScan: (cb) => { scanned = cb; return () => { scanned = null; }; },
    };
    const own = await testServer({ devices: () => devices });
    const page = await openKiosk(own.url);
    await tap(page, /Lấy số thứ tự/);
    await tap(page, /^Chứng thực/);
    await expect.poll(() => text(page)).toContain('Đã in phiếu');
    expect(await text(page)).not.toContain('Máy in đang gặp sự cố');
    await tap(page, 'Xong');
    await page.locator('.home').waitFor();
    scanned!('kiosk-1', CCCD);
    await expect.poll(() => text(page), { timeout: 5000 }).toContain('Xin chào ông Nguyễn V. A.');
    await tap(page, /^Hộ tịch/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toBe('A001');
    expect([...own.ctx.queue.state.tickets.values()].filter((t) => t.source === 'cccd')).toHaveLength(1);
    expect(dropped).toEqual([]);
    expect(await page.content()).not.toContain('001085012345');
    await page.close();
    await own.close();
  });
});
