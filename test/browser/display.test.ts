import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { parseWav, rms } from '../../server/src/voice/wav';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { announced, callNext, freshPage, openCounters, takeTicket, type Office } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
let office: Office;
beforeAll(async () => {
  [srv, browser] = await Promise.all([testServer(), launchChromium()]);
  office = await openCounters(srv.url);
  const sup = await login(srv.url, 'admin');
  for (const [code, name] of [['000.00.23.H23-261120-0001', 'Nguyễn Văn An'], ['000.00.23.H23-261120-0002', 'Trần Thị Bích Ngọc']]) {
    await client(srv.url)('PUT', `/api/dossiers/${code}`, { token: sup, body: {
      procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', applicantName: name, channel: 'truc_tiep',
      receivedDate: '2026-11-20', dueDate: '2026-11-25', resolvedDate: '2026-11-21', status: 'cho_tra' } });
  }
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the wall display', () => {
  it('shows a call made through the REST API, big, on the TV layout and on the counter screen', async () => {
    const tv = await freshPage(browser, 1920, 1080);
    const counter = await freshPage(browser, 1280, 720);
    await tv.goto(`${srv.url}/display`);
    await counter.goto(`${srv.url}/display/counter/q1`);
    await expect.poll(() => counter.locator('body').innerText(), { timeout: 10_000 }).toContain('Quầy số 1');
    await expect.poll(() => tv.locator('.tiles').innerText(), { timeout: 10_000 }).toContain('Quầy 1');
    await takeTicket(srv.url);
    const number = await callNext(office, 'q1');
    await expect.poll(() => tv.locator('.now-number').innerText()).toBe(number);
    await expect.poll(() => counter.locator('.cm-number').innerText()).toBe(number);
    const box = await tv.locator('.now-number').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(0.2 * 1080);
    // The clock reads like "Thứ Hai, 23/11/2026 08:15".
    expect(await tv.locator('.clock').innerText()).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    await expect.poll(() => tv.locator('.ready').innerText(), { timeout: 5000 }).toContain('Nguyễn V. A.');
    const text = await tv.locator('body').innerText();
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('Nguyễn Thị Lan'); // the staff member's name is not public either
    await screenshot(tv, 'display-tv-1920x1080');
    await screenshot(counter, 'display-counter-q1');
    expect(await axeViolations(tv)).toEqual([]);
    expect(await axeViolations(counter)).toEqual([]);

    const portrait = await freshPage(browser, 1080, 1920);
    await portrait.goto(`${srv.url}/display`);
    await expect.poll(() => portrait.locator('.now-number').innerText(), { timeout: 10_000 }).toBe(number);
    await screenshot(portrait, 'display-portrait-1080x1920');
    await Promise.all([tv, counter, portrait].map((p) => p.context().close()));
  }, 60_000);

  it('shows "Tạm dừng" and the reason on a paused counter screen', async () => {
    const page = await freshPage(browser, 1280, 720);
    await page.goto(`${srv.url}/display/counter/q2`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('Quầy số 2');
    await client(srv.url)('POST', '/api/counters/q2/pause', { token: office.staff.q2, body: { reason: 'Họp giao ban' } });
    await expect.poll(() => page.locator('.cm-paused').innerText()).toContain('Họp giao ban');
    await screenshot(page, 'display-counter-paused');
    await client(srv.url)('POST', '/api/counters/q2/resume', { token: office.staff.q2 });
    await page.context().close();
  });

  it('announces two quick calls in order, one after the other', async () => {
    const page = await freshPage(browser, 1920, 1080);
    await page.goto(`${srv.url}/display`);
    await expect.poll(() => page.locator('.tiles').innerText(), { timeout: 10_000 }).toContain('Quầy 2');
    const before = (await announced(page)).length;
    await takeTicket(srv.url);
    await takeTicket(srv.url);
    const first = await callNext(office, 'q1');
    const second = await callNext(office, 'q2');
    await expect.poll(async () => (await announced(page)).length - before, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(2);
    const [a, b] = (await announced(page)).slice(before);
    expect([a!.number, b!.number]).toEqual([first, second]);
    expect(a!.seq).toBeLessThan(b!.seq);
    expect(b!.start).toBeGreaterThanOrEqual(a!.end);
    expect(a!.audio).toBe('played');
    await page.context().close();
  }, 40_000);

  it('serves each call as a real WAV with speech in it', async () => {
    const { seq } = srv.ctx.queue.journal.db.prepare(`SELECT MAX(seq) AS seq FROM events WHERE type = 'TicketCalled'`).get() as { seq: number };
    const res = await fetch(`${srv.url}/api/voice/calls/${seq}.wav`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^audio\/wav/);
    const wav = parseWav(new Uint8Array(await res.arrayBuffer()));
    expect(wav.durationMs).toBeGreaterThan(2000);
    expect(wav.durationMs).toBeLessThan(15_000);
    expect(rms(wav.samples)).toBeGreaterThan(0.02); // silence is ~0; espeak speech is ~0.05-0.2
    expect((await fetch(`${srv.url}/api/voice/calls/999999.wav`)).status).toBe(404);
  });
});
