/**
 * The wall display at every screen and every load: 4 screen sizes x 1/5/12/34 counters x 7/21 services x
 * 0/8/60 ready results, on the provincial centre (config/centre.yaml: long Vietnamese names). One server and
 * one browser with a page per size; the load is set through the queue and the dossier API, never by a restart.
 * (MATRIX_COUNTERS=12,34 runs a part of it, for a quick look while working.)
 * For each case: nothing scrolls, every number, tile, row and the clock lie inside the screen, inside their
 * box and clear of the ticker; what does not fit is paged with a visible "1/N"; a screenshot per case.
 * And the counters use their room: a page that turns is at least half tiles, and 34 counters take at most 3 pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadSiteConfig, type SiteConfig } from '@motcua/config';
import { client, login, ROOT, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { toSetup } from '../../server/src/app/setup-from-config';
import { ARTIFACTS, launchChromium, screenshot } from './chromium';
import { freshPage } from './display-helpers';

const SIZES = [[1366, 768], [1920, 1080], [3840, 2160], [1080, 1920]] as const;
const COUNTERS = (process.env.MATRIX_COUNTERS ?? "1,5,12,34").split(",").map(Number);
const SERVICES = [21, 7]; // 21 first: every counter is called while its agency issues tickets
const READY = [0, 8, 60];
/**
 * Most pages the counters may take at 34 counters (the layout gives 3, 3, 3, 2; docs/HARDWARE.md). The layout
 * that started every agency on a row of its own took 4, 4, 4 and 5: two tiles a row where five fit.
 */
const MAX_COUNTER_PAGES_34: Record<string, number> = { '1366x768': 3, '1920x1080': 3, '3840x2160': 3, '1080x1920': 3 };
/** A page of counters that turns must be at least this full of tiles (the old portrait layout: about 0.3). */
const MIN_COUNTER_FILL = 0.5;

let srv: RunningServer;
let browser: Browser;
let pages: Page[];
let centre: SiteConfig;
let admin: string;
const pageErrors: string[] = [];

/** Today in the office's zone, yyyy-mm-dd: results must be recent to be on the board. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

beforeAll(async () => {
  centre = loadSiteConfig(join(ROOT, 'config/centre.yaml'));
  delete centre.hours; // open at any hour the tests run
  // One kiosk token issues the whole matrix's tickets: past the per-device limit a real kiosk would never reach.
  centre.security = { ...centre.security, issuePerMinute: 10_000, issuePerHour: 100_000, loginPerMinute: 1000 };
  // Starts with one counter; the others are added as the cases grow.
  const config = { ...centre, counters: centre.counters.slice(0, 1) };
  [srv, browser] = await Promise.all([testServer({ config }), launchChromium()]);
  admin = await login(srv.url, 'admin');
  pages = await Promise.all(SIZES.map(([w, h]) => freshPage(browser, w, h)));
  pages.forEach((p, i) => p.on('pageerror', (e) => pageErrors.push(`${SIZES[i]!.join('x')}: ${e.message}`)));
  await Promise.all(pages.map((p) => p.goto(`${srv.url}/display`)));
  // Measured in the wall's own font: a fallback's widths would move the rows and the page breaks.
  await Promise.all(pages.map((p) => p.waitForFunction(() => document.fonts.check('700 20px "Be Vietnam Pro"', 'Quầy'), undefined, { timeout: 30_000 })));
}, 60_000);
afterAll(async () => { await browser?.close(); await srv?.close(); });

/** The set-up with the first `counters` counters and the first `services` services enabled (a test hook on the queue). */
function applyLoad(counters: number, services: number): void {
  const s = toSetup({ ...centre, counters: centre.counters.slice(0, counters) });
  s.services = s.services.map((x, i) => ({ ...x, enabled: i < services }));
  srv.ctx.queue.execute({ type: 'applySetup', setup: s, source: 'admin', by: 'test', at: Date.now() }, 'staff:test');
}

/** Every counter without a current ticket gets one: a ticket of its agency, called there (plus a few waiting). */
async function callEveryCounter(): Promise<void> {
  const state = srv.ctx.queue.state;
  for (const c of state.setup!.counters) {
    if (state.counters[c.id]?.currentTicketId) continue;
    for (let k = 0; k < 3; k++) {
      const r = await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: c.services[0] } });
      expect([200, 201]).toContain(r.status);
    }
    srv.ctx.queue.execute({ type: 'callNext', counterId: c.id, staffId: `test-${c.id}`, at: Date.now() }, `staff:test-${c.id}`);
  }
}

/** Exactly `n` ready results: the rest of the 60 are marked returned (all through the one-door software's API). */
async function setReady(n: number): Promise<void> {
  const d = today();
  const dossiers = Array.from({ length: 60 }, (_, i) => ({
    code: `000.00.23.H23-${d.replaceAll('-', '').slice(2)}-${String(i + 1).padStart(4, '0')}`,
    procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', field: 'Lý lịch tư pháp',
    applicantName: i % 2 ? 'Nguyễn Thị Phương Thảo' : 'Tôn Nữ Hoàng Khánh Linh', channel: 'truc_tiep',
    receivedDate: d, dueDate: d, resolvedDate: d, status: i < n ? 'cho_tra' : 'da_tra', returnedDate: i < n ? null : d,
  }));
  const r = await client(srv.url)('POST', '/api/dossiers/batch', { token: admin, body: { dossiers } });
  expect(r.status).toBe(200);
}

interface Found { what: string; spills: boolean; box: { x: number; y: number; width: number; height: number } | null; clip: { x: number; y: number; width: number; height: number } | null }

/** Measures the page: document size, and every item that must be seen, with the box that clips it. */
function measure(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element | null) => { if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => !e.closest('[data-off]'));
    const items: Found[] = [];
    const add = (what: string, sel: string) => {
      for (const e of shown(sel)) {
        // Its text must fit it too: a number or a name running out of its tile sideways is cut. (Upwards,
        // Vietnamese stacked marks may rise above the line box: that is drawn, not clipped.)
        const own = e.getBoundingClientRect();
        const spills = e.scrollWidth > e.clientWidth + 1 || [...e.children].some((k) => {
          const r = k.getBoundingClientRect();
          return r.width > 0 && (r.left < own.left - 1 || r.right > own.right + 1 || r.bottom > own.bottom + 1);
        });
        items.push({ what: `${what} ${(e.textContent ?? '').slice(0, 40)}`, box: rect(e), clip: rect(e.closest('.pager')), spills });
      }
    };
    add('clock', '.clock');
    add('big number', '.now-number');
    add('tile', '.tile');
    add('agency heading', '.tile-group');
    add('waiting row', '.waiting-row');
    add('ready', '.ready-item');
    add('recent', '.recent-list li');
    const lists = [...document.querySelectorAll('.pager > ul')].map((u) => ({
      cls: u.className, pages: Number((u as HTMLElement).dataset.pages ?? 1), items: u.children.length,
      pageNo: u.closest('section')?.querySelector('.page-no')?.textContent ?? null,
      everyItemPaged: [...u.children].every((k) => Number((k as HTMLElement).dataset.page) < Number((u as HTMLElement).dataset.pages ?? 1)),
    }));
    const big = document.querySelector('.now-number');
    // The counters' first page: how much of the counters' box its tiles cover (hidden or not, they are laid out).
    const pager = document.querySelector('.counters .pager');
    const area = (e: Element) => { const r = e.getBoundingClientRect(); return r.width * r.height; };
    const firstPage = [...document.querySelectorAll('.counters .tile')].filter((t) => (t.closest('[data-page]') as HTMLElement | null)?.dataset.page === '0');
    const counterFill = pager ? firstPage.reduce((sum, t) => sum + area(t), 0) / area(pager) : 0;
    const counterPages = Number((document.querySelector('.counters .pager > ul') as HTMLElement | null)?.dataset.pages ?? 1);
    return {
      counterFill, counterPages,
      scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight,
      w: innerWidth, h: innerHeight, ticker: rect(document.querySelector('.ticker')), items, lists,
      bigFont: big ? parseFloat(getComputedStyle(big).fontSize) : 0,
      bigFits: big ? big.scrollWidth <= big.clientWidth + 1 : false,
      tiles: document.querySelectorAll('.tile').length, rows: document.querySelectorAll('.waiting-row').length,
      ready: document.querySelectorAll('.ready-item').length,
    };
  });
}

const inside = (a: NonNullable<Found['box']>, b: { x: number; y: number; width: number; height: number }) =>
  a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
const overlaps = (a: NonNullable<Found['box']>, b: NonNullable<Found['box']>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the wall display layout', () => {
  it('fits every screen at every load: nothing scrolls, nothing is cut, nothing under the ticker', async () => {
    const problems: string[] = [];
    const counterPages: Record<string, { pages: number; firstPageFill: number }> = {};
    let cases = 0;
    for (const counters of COUNTERS) {
      for (const services of SERVICES) {
        applyLoad(counters, services);
        if (services === 21) await callEveryCounter();
        for (const ready of READY) {
          await setReady(ready);
          for (const [i, page] of pages.entries()) {
            const [w, h] = SIZES[i]!;
            const name = `${w}x${h}-c${counters}-s${services}-r${ready}`;
            // The page has taken the load: every counter, service and result is laid out (on some page).
            await page.waitForFunction(([c, sv, r]) => document.querySelectorAll('.tile').length === c
              && document.querySelectorAll('.waiting-row').length === sv && document.querySelectorAll('.ready-item').length === r,
            [counters, services, ready], { timeout: 30_000, polling: 'raf' }).catch(async (e: Error) => {
              const seen = await measure(page);
              throw new Error(`${name}: ${e.message}; shown ${[seen.tiles, seen.rows, seen.ready]}; page errors: ${pageErrors.join(' | ')}`);
            });
            await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
            const m = await measure(page);
            cases++;
            if (m.scrollW > m.w || m.scrollH > m.h) problems.push(`${name}: document ${m.scrollW}x${m.scrollH} scrolls`);
            if (!m.ticker) problems.push(`${name}: no ticker`);
            if (m.bigFont < 0.14 * Math.min(w, h)) problems.push(`${name}: big number ${m.bigFont}px is too small`);
            if (!m.bigFits) problems.push(`${name}: big number overflows its box`);
            for (const it of m.items) {
              if (!it.box || it.box.width === 0) { problems.push(`${name}: ${it.what} not laid out`); continue; }
              if (!inside(it.box, { x: 0, y: 0, width: w, height: h })) problems.push(`${name}: ${it.what} outside the screen`);
              if (it.clip && !inside(it.box, it.clip)) problems.push(`${name}: ${it.what} cut by its box`);
              if (m.ticker && overlaps(it.box, m.ticker)) problems.push(`${name}: ${it.what} under the ticker`);
              if (it.spills) problems.push(`${name}: ${it.what} spills out of its box`);
            }
            const size = `${w}x${h}`;
            const seen = counterPages[`${size} c${counters}`];
            counterPages[`${size} c${counters}`] = { pages: Math.max(seen?.pages ?? 0, m.counterPages), firstPageFill: Math.min(seen?.firstPageFill ?? 1, Math.round(m.counterFill * 100) / 100) };
            if (counters === 34 && m.counterPages > MAX_COUNTER_PAGES_34[size]!) problems.push(`${name}: 34 counters take ${m.counterPages} pages (at most ${MAX_COUNTER_PAGES_34[size]})`);
            if (m.counterPages > 1 && m.counterFill < MIN_COUNTER_FILL) problems.push(`${name}: the counters' first page is ${Math.round(m.counterFill * 100)}% tiles (at least ${MIN_COUNTER_FILL * 100}%)`);
            for (const l of m.lists) {
              if (!l.everyItemPaged) problems.push(`${name}: ${l.cls} has items on no page`);
              if (l.pages > 1 && !new RegExp(`^\\d+/${l.pages}$`).test(l.pageNo ?? '')) problems.push(`${name}: ${l.cls} pages without "1/${l.pages}"`);
            }
            await screenshot(page, `display-matrix/${name}`);
          }
        }
      }
    }
    // The figures for docs/HARDWARE.md: pages of counters per screen and load.
    writeFileSync(join(ARTIFACTS, 'display-matrix/counter-pages.json'), `${JSON.stringify(counterPages, null, 1)}\n`);
    expect(cases).toBe(SIZES.length * COUNTERS.length * SERVICES.length * READY.length);
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
