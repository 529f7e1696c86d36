import { afterEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { client, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import type { Logger } from '../../server/src/log';
import { launchChromium } from './chromium';
import { announced, callNext, freshPage, openCounters, takeTicket, voiceSettled } from './display-helpers';

let srv: RunningServer | undefined;
let browser: Browser | undefined;
afterEach(async () => { await browser?.close(); await srv?.close(); browser = srv = undefined; });

/** A logger that keeps its warnings, to count them. */
function recordingLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, error() {}, warn: (msg: string) => { warnings.push(msg); } };
}

/** The voice WAVs the page asked the server for, in order. */
function voiceRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/voice/calls/')) urls.push(new URL(r.url()).pathname); });
  return urls;
}

/** A display page whose socket is up and which has its first snapshot. */
async function openWall(url: string): Promise<Page> {
  const page = await freshPage(browser!, 1920, 1080);
  await page.goto(`${url}/display`);
  await expect.poll(() => page.locator('.tiles').innerText(), { timeout: 10_000 }).toContain('Quầy 1');
  return page;
}

describe('the wall display without espeak-ng', () => {
  it('still shows the calls; the voice route answers 503 VOICE_UNAVAILABLE and the server warns once', async () => {
    const log = recordingLog();
    process.env.MOTCUA_ESPEAK = '/nonexistent/espeak-ng';
    try {
      [srv, browser] = await Promise.all([testServer({ log }), launchChromium()]);
    } finally {
      delete process.env.MOTCUA_ESPEAK;
    }
    const office = await openCounters(srv.url);
    const page = await openWall(srv.url);
    await takeTicket(srv.url);
    await takeTicket(srv.url);
    const first = await callNext(office, 'q1');
    await expect.poll(() => page.locator('.now-number').innerText(), { timeout: 5000 }).toBe(first);
    const second = await callNext(office, 'q2');
    // Each call is still held on screen while "announced" silently, in order.
    await expect.poll(async () => (await announced(page)).map((a) => [a.number, a.audio]), { timeout: 20_000, interval: 250 })
      .toEqual([[first, 'silent'], [second, 'silent']]);
    await expect.poll(() => page.locator('.now-number').innerText()).toBe(second);

    const { seq } = srv.ctx.queue.journal.db.prepare(`SELECT MAX(seq) AS seq FROM events WHERE type = 'TicketCalled'`).get() as { seq: number };
    const res = await client(srv.url)('GET', `/api/voice/calls/${seq}.wav`);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('VOICE_UNAVAILABLE');
    expect(res.body.error.message).toMatch(/^Không có giọng đọc .* \/ voice unavailable/);

    const voiceWarnings = log.warnings.filter((w) => /espeak|voice/i.test(w));
    expect(voiceWarnings).toHaveLength(1);
    expect(voiceWarnings[0]).toContain('/nonexistent/espeak-ng');
    expect(voiceWarnings[0]).toContain('apt-get install espeak-ng');
  }, 60_000);
});

describe('the wall display voice queue', () => {
  it('announces a recall again, and does not announce an old call again after a network cut', async () => {
    [srv, browser] = await Promise.all([testServer(), launchChromium()]);
    const office = await openCounters(srv.url, { q1: 'canbo1' });
    const page = await openWall(srv.url);
    const wavs = voiceRequests(page);
    await takeTicket(srv.url);
    await takeTicket(srv.url);
    const number = await callNext(office, 'q1');
    await expect.poll(async () => (await announced(page)).map((a) => a.number), { timeout: 20_000, interval: 250 }).toEqual([number]);

    const recall = await client(srv.url)('POST', '/api/counters/q1/recall', { token: office.staff.q1 });
    expect(recall.status).toBe(200);
    await expect.poll(async () => (await announced(page)).map((a) => a.number), { timeout: 20_000, interval: 250 }).toEqual([number, number]);
    const [call, again] = await announced(page);
    expect(again!.seq).toBeGreaterThan(call!.seq);
    expect(again!.audio).toBe('played');
    expect(wavs).toEqual([`/api/voice/calls/${call!.seq}.wav`, `/api/voice/calls/${again!.seq}.wav`]);

    // Cut the connection under the page (not a server restart): it reconnects and gets a fresh snapshot.
    let reconnected = 0;
    srv.io.on('connection', () => { reconnected++; });
    for (const s of srv.io.sockets.sockets.values()) s.conn.close();
    await expect.poll(() => reconnected, { timeout: 5000, interval: 50 }).toBeGreaterThan(0);
    // The reconnect's snapshot taken in, and nothing queued from it (a wrong replay would be queued right then).
    await voiceSettled(page, 2);
    expect((await announced(page)).map((a) => a.seq)).toEqual([call!.seq, again!.seq]);
    expect(wavs).toHaveLength(2);

    // The next call after the cut is announced, once.
    const next = await callNext(office, 'q1');
    await expect.poll(async () => (await announced(page)).map((a) => a.number), { timeout: 20_000, interval: 250 }).toEqual([number, number, next]);
    await voiceSettled(page, 2);
    expect(await announced(page)).toHaveLength(3);
  }, 90_000);
});
