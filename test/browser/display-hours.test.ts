import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoConfigWithHours, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { launchChromium, screenshot } from './chromium';
import { announced, callNext, freshPage, openCounters, takeTicket } from './display-helpers';

// Monday 23/11/2026 in Asia/Ho_Chi_Minh (UTC+7); the demo office's winter hours: 7:30–11:30, 13:30–17:00.
const AFTERNOON = Date.parse('2026-11-23T16:00:00+07:00');
const AFTER_CLOSING = Date.parse('2026-11-23T17:00:30+07:00');
let clock = AFTERNOON;
let srv: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [srv, browser] = await Promise.all([
    testServer({ config: demoConfigWithHours(), now: () => clock, hoursCheckMs: 100 }),
    launchChromium(),
  ]);
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the wall display when the office closes', () => {
  it('says "Ngoài giờ làm việc" and when it opens again, big on the wall and small on a counter screen, and still shows calls', async () => {
    const office = await openCounters(srv.url, { q1: 'canbo1' });
    const wall = await freshPage(browser, 1920, 1080);
    const counter = await freshPage(browser, 1280, 720);
    await wall.goto(`${srv.url}/display`);
    await counter.goto(`${srv.url}/display/counter/q1`);
    await takeTicket(srv.url);
    await takeTicket(srv.url);
    const first = await callNext(office, 'q1');
    await expect.poll(async () => (await announced(wall)).map((a) => a.number), { timeout: 20_000, interval: 250 }).toEqual([first]);
    await expect.poll(() => counter.locator('.cm-number').innerText(), { timeout: 5000 }).toBe(first);
    // Open: no notice anywhere.
    expect(await wall.locator('[data-state=closed-office]').count()).toBe(0);
    expect(await counter.locator('[data-state=closed-office]').count()).toBe(0);

    // 16:45: kiosks stop issuing; the waiting room is told, the call area stays.
    clock = Date.parse('2026-11-23T16:50:00+07:00');
    await expect.poll(() => wall.locator('[data-state=stopped-issuing]').count(), { timeout: 5000 }).toBe(1);
    expect(await wall.locator('[data-state=stopped-issuing]').innerText()).toContain('Đã hết giờ cấp số buổi này · cấp số lại lúc 7 giờ 30 sáng mai');
    await screenshot(wall, 'display-stopped-issuing-1920x1080');
    expect(await wall.locator('[data-state=closed-office]').count()).toBe(0);

    // 17:00 passes: the server pushes 'hours' and the screens change without a reload.
    clock = AFTER_CLOSING;
    const notice = wall.locator('.oc-wall');
    await expect.poll(() => notice.count(), { timeout: 5000 }).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('Ngoài giờ làm việc');
    expect(text).toContain('Mở cửa lại lúc');
    expect(text.replace(/\u00a0/g, ' ')).toContain('7 giờ 30 sáng mai, thứ Ba 24/11/2026');
    expect(text).toContain('Outside office hours · opens again at 7:30 am tomorrow, Tuesday 24/11/2026');
    // Vietnamese first, English second.
    expect(text.indexOf('Ngoài giờ làm việc')).toBeLessThan(text.indexOf('Outside office hours'));
    expect(await wall.locator('.now').count()).toBe(0); // in place of the big call
    // Readable across the room: the headline is at least 8% of the screen's height.
    expect((await wall.locator('.oc-wall .oc-title').boundingBox())!.height).toBeGreaterThanOrEqual(0.08 * 1080);
    await expect.poll(() => wall.locator('.recent-list').innerText()).toContain(first);
    // A reload takes a fresh snapshot: the same notice, and the wall clock catches up with the server's jump.
    await wall.reload();
    await expect.poll(() => wall.locator('.clock').innerText(), { timeout: 10_000 }).toContain('17:00');
    expect(await notice.innerText()).toBe(text);
    await screenshot(wall, 'display-closed-1920x1080');

    const small = counter.locator('.oc-counter');
    await expect.poll(() => small.count(), { timeout: 5000 }).toBe(1);
    expect((await small.innerText()).replace(/\u00a0/g, ' ')).toContain('7 giờ 30 sáng mai, thứ Ba 24/11/2026');
    expect(await counter.locator('.cm-number').innerText()).toBe(first);
    const [numberBox, noticeBox] = [await counter.locator('.cm-number').boundingBox(), await small.boundingBox()];
    expect(noticeBox!.height).toBeLessThan(numberBox!.height); // small: the number stays the main thing
    await screenshot(counter, 'display-counter-closed');

    const portrait = await freshPage(browser, 1080, 1920);
    await portrait.goto(`${srv.url}/display`);
    await expect.poll(() => portrait.locator('.oc-wall').innerText(), { timeout: 10_000 }).toContain('Ngoài giờ làm việc');
    await screenshot(portrait, 'display-closed-portrait-1080x1920');

    // Staff still call the people who took a number before closing: the call shows, big, while it is said.
    const late = await callNext(office, 'q1');
    await expect.poll(() => wall.locator('.now-number').innerText(), { timeout: 5000 }).toBe(late);
    expect(await wall.locator('.oc-compact').innerText()).toContain('Ngoài giờ làm việc');
    await screenshot(wall, 'display-closed-calling-1920x1080');
    // Since the reload: the late call only (the earlier one is not said again).
    await expect.poll(async () => (await announced(wall)).map((a) => a.number), { timeout: 20_000, interval: 250 }).toEqual([late]);
    await expect.poll(() => wall.locator('.oc-wall').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => wall.locator('.recent-list').innerText()).toContain(late);
    await Promise.all([wall, counter, portrait].map((p) => p.context().close()));
  }, 90_000);
});
