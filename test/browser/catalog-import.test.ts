/** The admin's catalog import and export in Chromium: a province's 2,000 procedures with progress, an open kiosk finding one, a bad row named. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { COLUMNS, exportCatalog, parseCsv, toCsv } from '../../config/src/catalog-io';
import { generateProvinceCatalog } from '../../config/src/generate-catalog';
import { testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot } from './chromium';

let srv: RunningServer;
let browser: Browser;
beforeAll(async () => { srv = await testServer(); browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); await srv?.close(); });

const text = (page: Page) => page.locator('body').innerText();
const UNIQUE = 'Cấp phép biểu diễn múa rối nước';
/** Scrolls to the import section at the page's foot, for the screenshots. */
const toFoot = (page: Page) => page.evaluate(() => scrollTo(0, document.body.scrollHeight));

async function adminCatalog(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${srv.url}/admin/catalog`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => text(page), { timeout: 10_000 }).toContain('Nhập danh mục');
  // Every phase word the import shows, as it shows it (the check is quick; polling could miss one).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    new MutationObserver(() => {
      const t = document.querySelector('.import-progress p')?.textContent;
      if (t && seen[seen.length - 1] !== t) seen.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return page;
}

async function choose(page: Page, name: string, content: string): Promise<void> {
  await page.locator('.catalog-io input[type=file]').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(content) });
  await expect.poll(() => page.locator('.catalog-io').innerText()).toContain(`Tệp: ${name}`);
}

async function kioskSearch(words: string): Promise<Page> {
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto(`${srv.url}/kiosk`);
  await expect.poll(() => text(kiosk), { timeout: 10_000 }).toContain('Tra cứu thủ tục');
  await kiosk.getByRole('button', { name: /Tra cứu thủ tục/ }).first().click();
  await kiosk.locator('.results').waitFor();
  for (const ch of words) await kiosk.getByRole('button', { name: ch === ' ' ? 'Dấu cách' : ch, exact: true }).first().click();
  return kiosk;
}

/** The import section's touch targets (buttons and the file label) are at least 48 px tall and wide. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('.catalog-io button, .catalog-io label.file-pick').evaluateAll((els) => els
    .map((e) => ({ t: e.textContent, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.width < 48 || r.height < 48)).map(({ t, r }) => `${t} ${Math.round(r.width)}x${Math.round(r.height)}`));
}

describe('catalog import and export on /admin', () => {
  it('exports a CSV download with a BOM', async () => {
    const page = await adminCatalog();
    await toFoot(page);
    await screenshot(page, 'admin-catalog-import-section');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^danh-muc-thu-tuc-\d{4}-\d\d-\d\d\.csv$/);
    const body = Buffer.concat(await (async () => { const out: Buffer[] = []; for await (const c of await download.createReadStream()) out.push(c as Buffer); return out; })());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('ma_thu_tuc,ten_thu_tuc');
    await page.close();
  });

  it('imports a 2,000-procedure CSV with progress and the count; an open kiosk finds a new procedure without a reload', { timeout: 90_000 }, async () => {
    const big = generateProvinceCatalog(2000, 11);
    big.procedures[1500] = { ...big.procedures[1500]!, name: UNIQUE, keywords: ['múa rối nước'] };
    const kiosk = await kioskSearch('mua roi nuoc');
    // The kiosk has searched the whole query (the box holds it, results are listed) before the absence is checked.
    await expect.poll(() => kiosk.locator('#kiosk-search').inputValue()).toBe('mua roi nuoc');
    await kiosk.locator('.results li').first().waitFor();
    expect(await kiosk.locator('.results').innerText()).not.toContain(UNIQUE);
    let reloaded = false;
    kiosk.on('load', () => { reloaded = true; });

    const page = await adminCatalog();
    // What the server told the page's status polls: a check of 2,000 rows may end before the first poll on a quick
    // machine, so the page shows "Đang kiểm tra" only when a poll was answered with it (then it must).
    const told: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/admin/catalog/import/status')) void r.json().then((b: { phase?: string }) => { if (b.phase) told.push(b.phase); }, () => {});
    });
    expect(await smallTargets(page)).toEqual([]);
    await choose(page, 'danh-muc-tinh.csv', exportCatalog(big, 'csv'));
    await page.getByRole('button', { name: 'Nhập danh mục từ tệp này' }).click();
    await expect.poll(() => page.locator('.import-progress').count(), { timeout: 5000 }).toBe(1);
    await toFoot(page);
    await screenshot(page, 'admin-catalog-import-progress');
    await expect.poll(() => text(page), { timeout: 30_000 }).toContain('Đã nhập 2.000 thủ tục');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    if (told.includes('checking')) expect(seen.some((s) => /^Đang kiểm tra: [\d.]+ \/ 2\.000 thủ tục$/.test(s)), `${seen.join(' | ')} (told: ${told.join(', ')})`).toBe(true);
    expect(seen.some((s) => /^Đang (tải tệp lên|đọc tệp)/.test(s)), seen.join(' | ')).toBe(true);
    console.log(`import phases shown: ${seen.join(' | ')}; status polls answered: ${told.join(', ')}`);
    await expect.poll(() => text(page)).toContain('Danh mục thủ tục (2000)');
    await toFoot(page);
    await screenshot(page, 'admin-catalog-import-done');
    expect(await axeViolations(page)).toEqual([]);

    await expect.poll(() => kiosk.locator('.result').first().innerText(), { timeout: 10_000 }).toContain(UNIQUE);
    expect(reloaded).toBe(false);
    await screenshot(kiosk, 'admin-catalog-import-on-kiosk');
    await kiosk.close();
    await page.close();
  });

  it('a file with a bad row shows its line and column and imports nothing', { timeout: 60_000 }, async () => {
    const before = await (await fetch(`${srv.url}/api/catalog`)).text();
    const { records } = parseCsv(exportCatalog(JSON.parse(before), 'csv'));
    const bad = records[12]!;
    bad.cells[COLUMNS.indexOf('muc_phi_vnd')] = 'mười nghìn';
    const page = await adminCatalog();
    await choose(page, 'co-loi.csv', toCsv(records.map((r) => r.cells)));
    await page.getByRole('button', { name: 'Nhập danh mục từ tệp này' }).click();
    await expect.poll(() => text(page), { timeout: 30_000 }).toContain('Không nhập gì');
    expect(await page.locator('.import-errors li').first().innerText()).toBe(`Dòng ${bad.line}, cột muc_phi_vnd: "mười nghìn" không phải số nguyên`);
    expect(await text(page)).toContain('tệp có 1 lỗi');
    await toFoot(page);
    await screenshot(page, 'admin-catalog-import-refused');
    expect(await axeViolations(page)).toEqual([]);
    expect(await (await fetch(`${srv.url}/api/catalog`)).text()).toBe(before);

    // A file of another kind is refused before any upload.
    await choose(page, 'danh-muc.xlsx', 'x');
    await expect.poll(() => text(page)).toContain('Chỉ nhập được tệp .csv hoặc .json');
    expect(await page.getByRole('button', { name: 'Nhập danh mục từ tệp này' }).count()).toBe(0);
    await page.close();
  });
});
