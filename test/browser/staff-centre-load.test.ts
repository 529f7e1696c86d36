/**
 * The staff screens at a provincial centre's busy morning (config/centre.yaml: 34 counters, 21 agencies, long
 * Vietnamese names): every counter open, about 400 tickets waiting, calls, recalls, no-shows, transfers, a pause and
 * priority tickets. At the counter PC and tablet sizes the counter screen and the supervisor board must not scroll
 * sideways, the counter's key actions must be on screen and at least 48 px, and every waiting service, absent
 * citizen and board row must be reachable: on screen, or in a scrolling box that is itself on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadSiteConfig, type SiteConfig } from '@motcua/config';
import { client, ROOT, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import type { Command } from '../../server/src/core/messages';
import { axeViolations, launchChromium, screenshot } from './chromium';
import { freshPage } from './display-helpers';

const SIZES = [[1366, 768], [1920, 1080], [1280, 800]] as const;
/** The general reception counter: the counter under test serves these agencies (its staff covers several services). */
const RECEPTION = ['vpubnd', 'tuphap', 'khdt', 'tnmt', 'ldtbxh', 'congan', 'bhxh'];
/** The agencies the morning's crowd comes for, the busiest first (each appears as often as it is listed). */
const CROWD = ['congan', 'congan', 'congan', 'bhxh', 'bhxh', 'tnmt', 'tnmt', 'tuphap', 'tuphap', 'khdt', 'gtvt', 'gtvt', 'ldtbxh',
  'xaydung', 'yte', 'gddt', 'congthuong', 'nnptnt', 'taichinh', 'noivu', 'vhttdl', 'tttt', 'khcn', 'ngoaivu', 'bqlkkt', 'dienluc', 'vpubnd'];
const PRIORITIES = ['nguoi-cao-tuoi', 'nguoi-khuyet-tat', 'phu-nu-mang-thai', 'nguoi-co-cong', 'tre-nho'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const GIVEN = ['Thị Phương Thảo', 'Văn Quang Trường', 'Thị Hồng Nhung', 'Đức Thành Long', 'Thị Khánh Huyền', 'Hữu Nghĩa'];

let srv: RunningServer;
let browser: Browser;
let pages: Page[];

/** centre.yaml as an office would run it this morning: open at any hour, one staff account per counter. */
function centreConfig(): SiteConfig {
  const c = loadSiteConfig(join(ROOT, 'config/centre.yaml'));
  delete c.hours;
  c.security = { ...c.security, issuePerMinute: 10_000, issuePerHour: 100_000, loginPerMinute: 1000, loginFailuresPerUser: 1000 };
  const hash = c.staff.find((s) => s.username === 'canbo1')!.passwordHash; // password "demo"
  c.staff.push(...c.counters.slice(0, 33).map((q, i) => ({
    username: `cb${q.number}`, name: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`, role: 'staff' as const, passwordHash: hash,
  })));
  c.counters = c.counters.map((q) => (q.id === 'q34' ? { ...q, services: RECEPTION } : q));
  return c;
}

/** The morning: 420 tickets, every counter open and calling; recalls, no-shows, transfers, a pause, a service started. */
async function busyMorning(): Promise<void> {
  const api = client(srv.url);
  for (let i = 0; i < 420; i++) {
    const body = { serviceId: CROWD[i % CROWD.length], priority: i % 9 === 4 ? PRIORITIES[i % PRIORITIES.length] : undefined };
    const r = await api('POST', '/api/tickets', { token: 'demo-kiosk', body });
    expect([200, 201], JSON.stringify(r.body)).toContain(r.status);
  }
  const run = (counterId: string, staffId: string, ...cmds: Array<Record<string, unknown> & { type: string }>) => {
    for (const c of cmds) srv.ctx.queue.execute({ ...c, counterId, staffId, at: Date.now() } as Command, `staff:${staffId}`);
  };
  const N = { type: 'callNext' }, R = { type: 'recall' }, V = { type: 'noShow' };
  for (const q of srv.ctx.config.counters) {
    const staff = q.id === 'q34' ? 'canbo1' : `cb${q.number}`;
    run(q.id, staff, { type: 'openCounter' }, N);
    if ([3, 8, 11, 29, 31, 32, 30].includes(q.number)) run(q.id, staff, V, N, V, N); // absent, called back later at q34
    if ([2, 5, 17].includes(q.number)) run(q.id, staff, R, R);
    if ([6, 12].includes(q.number)) run(q.id, staff, { type: 'transfer', toServiceId: 'vpubnd' }, N);
    if (q.number === 30) run(q.id, staff, { type: 'transfer', toCounterId: 'q34' }, N);
    if (q.number === 13) run(q.id, staff, { type: 'startServing' });
    if (q.number === 9) run(q.id, staff, { type: 'complete' }, { type: 'pauseCounter', reason: 'Hỗ trợ quầy Sở Tài nguyên và Môi trường tiếp nhận hồ sơ đất đai' });
    if (q.number === 34) run(q.id, staff, V, N, V, N, R);
  }
}

beforeAll(async () => {
  [srv, browser] = await Promise.all([testServer({ config: centreConfig() }), launchChromium()]);
  await busyMorning();
  pages = await Promise.all(SIZES.map(([w, h]) => freshPage(browser, w, h)));
}, 120_000);
afterAll(async () => { await browser?.close(); await srv?.close(); });

/** Where each element lies after it is scrolled into view, and whether every box that clips it shows it whole. */
function reach(page: Page, selector: string) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => {
    e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = e.getBoundingClientRect();
    const clippedBy: string[] = [];
    for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const st = getComputedStyle(a);
      if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1) clippedBy.push(a.className || a.tagName);
    }
    const inView = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
    // Nothing lies over it (a bar kept at the screen's edge must not hide what was scrolled to).
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const covered = !hit || !(hit === e || e.contains(hit));
    return { what: (e.textContent ?? '').slice(0, 50), inView, covered, clippedBy, cut: e.scrollWidth > e.clientWidth + 1 };
  }), selector);
}

/** Sideways scroll of the whole document (none allowed). */
const sideways = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));

describe.each(SIZES.map((s, i) => [`${s[0]}x${s[1]}`, i] as const))('the staff screens at the centre, %s', (size, i) => {
  it('the counter screen: no sideways scroll; call, recall, complete and no-show on screen and >= 48 px; every queue reachable', async () => {
    const page = pages[i]!;
    await page.goto(`${srv.url}/counter?counter=q34`);
    await page.getByLabel('Tên đăng nhập').fill('canbo1');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('current-number').waitFor({ timeout: 15_000 });
    await page.getByTestId('no-shows').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Quầy'), undefined, { timeout: 30_000 });
    await screenshot(page, `staff-centre-counter-${size}`);

    const sw = await sideways(page);
    expect(sw.scrollWidth, 'the counter page scrolls sideways').toBeLessThanOrEqual(sw.innerWidth);
    // The key actions as the page opens, before anyone scrolls: on screen, whole and large enough to touch.
    const keys = await page.evaluate(() => ['N', 'R', 'H', 'V'].map((k) => {
      const b = document.querySelector(`button[aria-keyshortcuts="${k}"]`);
      const r = b?.getBoundingClientRect();
      return { k, found: !!b, left: r?.left ?? -1, top: r?.top ?? -1, right: r?.right ?? 0, bottom: r?.bottom ?? 0, width: r?.width ?? 0, height: r?.height ?? 0, innerWidth, innerHeight };
    }));
    for (const b of keys) {
      expect(b.found, `button ${b.k}`).toBe(true);
      expect(b.left >= 0 && b.top >= 0 && b.right <= b.innerWidth && b.bottom <= b.innerHeight, `button ${b.k} on screen: ${JSON.stringify(b)}`).toBe(true);
      expect(Math.min(b.width, b.height), `button ${b.k} size`).toBeGreaterThanOrEqual(48);
    }
    // Every service's waiting row, the call order and every absent citizen's button can be brought on screen.
    const rows = await reach(page, '.waiting li, .next-order, [data-testid="no-shows"] button, .counter-screen .bar h1');
    expect(rows.length).toBeGreaterThan(RECEPTION.length);
    expect(rows.filter((r) => !r.inView || r.covered || r.clippedBy.length > 0 || r.cut), 'unreachable, hidden or cut').toEqual([]);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(page, `staff-centre-counter-${size}-end`);
    await page.evaluate(() => scrollTo(0, 0));
    const after = await sideways(page);
    expect(after.scrollWidth).toBeLessThanOrEqual(after.innerWidth);

    // The transfer dialog lists 21 agencies and 33 counters, the pick dialog some 160 numbers: each choice reachable.
    for (const [key, name, min] of [['c', 'transfer', 54], ['s', 'pick', 100]] as const) {
      await page.keyboard.press(key);
      await page.getByRole('dialog').waitFor({ timeout: 10_000 });
      await screenshot(page, `staff-centre-counter-${size}-${name}`);
      // A tablet has no Esc key: the way out is on screen as the dialog opens, not below 160 choices.
      const cancel = await page.getByRole('dialog').getByRole('button', { name: /^Hủy/ }).evaluate((b) => {
        const r = b.getBoundingClientRect(), d = b.closest('.dialog')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height, visible: r.top >= d.top && r.bottom <= d.bottom && r.bottom <= innerHeight };
      });
      expect(cancel.visible, `${name}: cancel on screen ${JSON.stringify(cancel)}`).toBe(true);
      expect(cancel.height).toBeGreaterThanOrEqual(48);
      const choices = await reach(page, '.dialog button');
      expect(choices.length, name).toBeGreaterThan(min);
      expect(choices.filter((r) => !r.inView || r.covered || r.clippedBy.length > 0), `${name}: choices out of reach`).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 10_000 });
    }
    expect(await axeViolations(page)).toEqual([]);

    // Changing counter: 34 counters with their long names, none cut, no sideways scroll.
    await page.getByRole('button', { name: 'Đổi quầy' }).click();
    await page.getByRole('heading', { name: 'Chọn quầy làm việc' }).waitFor({ timeout: 10_000 });
    await screenshot(page, `staff-centre-counter-${size}-picker`);
    const picker = await sideways(page);
    expect(picker.scrollWidth).toBeLessThanOrEqual(picker.innerWidth);
    const tiles = await reach(page, '.grid-buttons button');
    expect(tiles).toHaveLength(34);
    expect(tiles.filter((r) => !r.inView || r.clippedBy.length > 0 || r.cut), 'counters to choose out of reach or cut').toEqual([]);
  }, 90_000);

  it('the supervisor board: no sideways scroll; every counter and service row reachable and uncut', async () => {
    const page = await browser.newPage({ viewport: { width: SIZES[i]![0], height: SIZES[i]![1] } });
    await page.goto(`${srv.url}/admin`);
    await page.getByLabel('Tên đăng nhập').fill('giamsat');
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByTestId('board-q9').innerText(), { timeout: 15_000 }).toContain('Tạm dừng');
    await page.waitForFunction(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Quầy'), undefined, { timeout: 30_000 });
    await screenshot(page, `staff-centre-board-${size}`);
    expect(await axeViolations(page)).toEqual([]);
    const sw = await sideways(page);
    expect(sw.scrollWidth, 'the board scrolls sideways').toBeLessThanOrEqual(sw.innerWidth);
    const counters = await reach(page, 'tr[data-testid^="board-"]');
    expect(counters).toHaveLength(34);
    expect(counters.filter((r) => !r.inView || r.covered || r.clippedBy.length > 0), 'counter rows out of reach').toEqual([]);
    // Readable at a glance: a counter's state and its staff member's name each on one line, never broken word by word
    // (a paused counter's reason is free text and may wrap).
    const broken = await page.evaluate(() => [...document.querySelectorAll('tr[data-testid^="board-"]')].flatMap((tr) => {
      const lines = (td: Element | undefined) => {
        if (!td) return 0;
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.bottom))).size;
      };
      const [, state, staff] = tr.children;
      const out: string[] = [];
      if (lines(staff) > 1) out.push(`${tr.getAttribute('data-testid')} staff: ${staff!.textContent}`);
      if (!state?.classList.contains('warn') && lines(state) > 1) out.push(`${tr.getAttribute('data-testid')} state: ${state!.textContent}`);
      return out;
    }));
    expect(broken, 'board cells broken over lines').toEqual([]);
    const cells = await reach(page, '.board td, .board th');
    expect(cells.filter((r) => r.cut || r.clippedBy.length > 0), 'cells cut').toEqual([]);
    await page.getByTestId('board-q9').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, `staff-centre-board-${size}-counters`);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(page, `staff-centre-board-${size}-end`);
    await page.close();
  }, 90_000);
});
