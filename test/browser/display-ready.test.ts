/** The results board follows the dossier store over the socket: no polling, aged out, names masked; and sound without a mouse. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { client, login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';
import { freshPage } from './display-helpers';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { [srv, browser] = await Promise.all([testServer(), launchChromium()]) });
afterAll(async () => { await browser?.close(); await srv?.close(); });

const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + offset * 86_400_000));
const put = (code: string, status: string, resolved: string, name = 'Lê Thị Mỹ Duyên') => client(srv.url)('PUT', `/api/dossiers/${code}`, { token: 'demo-integration', body: {
  procedureName: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', applicantName: name, channel: 'truc_tiep',
  receivedDate: day(-40), dueDate: day(-1), resolvedDate: resolved, status, returnedDate: status === 'da_tra' ? day(0) : null } });

describe('the results board on the wall', () => {
  it('shows a result the moment it is ready, never an old one, and drops it once returned; nothing polls', async () => {
    expect((await put('000.00.23.H23-OLD-0001', 'cho_tra', day(-30))).status).toBe(200); // older than readyMaxAgeDays (14)
    const page = await freshPage(browser, 1920, 1080);
    const polls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/dossiers/ready')) polls.push(r.url()); });
    let readyPushes = 0;
    page.on('websocket', (ws) => ws.on('framereceived', (f) => { if (String(f.payload).startsWith('42["ready"')) readyPushes++; }));
    await page.goto(`${srv.url}/display`);
    await page.waitForSelector('.tiles .tile', { timeout: 15_000 });
    // The server pushes the results board to a display when it connects: check it is empty once that push is in.
    await expect.poll(() => readyPushes, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.ready').count()).toBe(0);

    expect((await put('000.00.23.H23-NEW-0002', 'cho_tra', day(0))).status).toBe(200);
    await page.locator('.ready-item[data-code="000.00.23.H23-NEW-0002"]').waitFor({ timeout: 10_000 });
    const board = await page.locator('.ready').innerText();
    expect(board).toContain('Lê T. M. D.');
    expect(board).not.toContain('Lê Thị Mỹ Duyên');
    expect(board).not.toContain('OLD-0001');
    await screenshot(page, 'display-ready-live');

    expect((await put('000.00.23.H23-NEW-0002', 'da_tra', day(0))).status).toBe(200);
    await page.locator('.ready').waitFor({ state: 'detached', timeout: 10_000 });
    expect(polls).toEqual([]);
    await page.context().close();
  });
});

describe('sound on a wall TV without a mouse', () => {
  it('when autoplay is refused, shows a small notice in the top bar (no cover) and unlocks on any key', async () => {
    // Headless Chromium plays without a gesture whatever its flags: the page gets the policy of a TV started
    // without --autoplay-policy=no-user-gesture-required, i.e. play() refused until the first key or touch.
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // (navigator.userActivation is already set under playwright, so the gesture is tracked here.)
    await context.addInitScript(() => {
      let gesture = false;
      for (const ev of ['keydown', 'pointerdown', 'touchstart']) window.addEventListener(ev, () => { gesture = true; }, { capture: true });
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        if (!gesture) return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
        return play.call(this);
      };
    });
    try {
      const page = await context.newPage();
      await page.goto(`${srv.url}/display`);
      await page.waitForSelector('.tiles .tile', { timeout: 15_000 });
      const staff = await login(srv.url, 'canbo1');
      await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
      const call = await client(srv.url)('POST', '/api/counters/q1/call-next', { token: staff });
      expect(call.status).toBe(200);
      const notice = page.locator('.sound-notice');
      await notice.waitFor({ timeout: 15_000 });
      const box = (await notice.boundingBox())!;
      expect(box.width * box.height).toBeLessThan(0.05 * 1920 * 1080);
      expect(box.y + box.height).toBeLessThanOrEqual((await page.locator('.bar').boundingBox())!.height + 1);
      // The call is on the wall all the same, uncovered: the element at its centre is the number itself.
      const big = (await page.locator('.now-number').boundingBox())!;
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [big.x + big.width / 2, big.y + big.height / 2])).toBe('now-number');
      expect(await page.locator('.now-number').innerText()).toBe(call.body.ticket.number);
      await screenshot(page, 'display-sound-blocked');
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'detached', timeout: 5000 });
      // Unlocked: the next call is heard.
      await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
      const next = await client(srv.url)('POST', '/api/counters/q1/call-next', { token: staff });
      await page.waitForFunction((n) => ((window as unknown as { __announced?: Array<{ number: string; audio: string }> }).__announced ?? [])
        .some((a) => a.number === n && a.audio === 'played'), next.body.ticket.number, { timeout: 30_000 });
    } finally {
      await context.close();
    }
  }, 60_000);
});
