import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { login, testServer } from '../../server/test/integration/helpers';
import type { RunningServer } from '../../server/src/server';
import { axeViolations, launchChromium, screenshot, signIn } from './chromium';

let srv: RunningServer;
let browser: Browser;
let token: string;
beforeAll(async () => {
  srv = await testServer();
  token = await login(srv.url, 'giamsat');
  browser = await launchChromium();
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

// The one-door export's headings, except "Nhóm lĩnh vực" (unknown: the person maps it) and "Ghi chú" (ignored).
const HEADER = ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Nhóm lĩnh vực', 'Người nộp', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả',
  'Trạng thái', 'Ngày có kết quả', 'Ghi chú'];
const code = (i: number) => `000.00.23.H23-261102-${String(i).padStart(4, '0')}`;
const row = (i: number) => [String(i), code(i), 'Đăng ký khai sinh', i % 2 ? 'Hộ tịch' : 'Chứng thực', 'Nguyễn Văn An',
  i % 3 ? 'Trực tiếp' : 'Trực tuyến', '02/11/2026', '10/11/2026', i % 4 ? 'Đang giải quyết' : 'Đã có kết quả - chờ trả',
  i % 4 ? '' : '05/11/2026', 'hồ sơ đủ'];
const rows = (n: number) => Array.from({ length: n }, (_, k) => row(k + 1));
const csvOf = (lines: string[][]) => `${[HEADER, ...lines].map((l) => l.join(',')).join('\r\n')}\r\n`;
async function xlsxOf(lines: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  for (const l of [HEADER, ...lines]) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const db = () => srv.ctx.queue.journal.db;
const count = () => db().prepare('SELECT COUNT(*) FROM dossiers').pluck().get() as number;

/** /admin's Hồ sơ tab, signed in as the supervisor. */
async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await signIn(page, `${srv.url}/admin/dossiers`, 'giamsat');
  await page.locator('#file').waitFor({ state: 'attached' });
  // Every text the progress line shows, in order: the person's view of the import (the line appears with the first one).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const note = () => { const t = document.getElementById('progressText'); if (t && seen.at(-1) !== t.textContent) seen.push(t.textContent ?? ''); };
    new MutationObserver(note).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
  return page;
}
const select = (page: Page, heading: string) => page.getByLabel(`Cột “${heading}” là`);

describe('the dossier import page', () => {
  it('imports a file of 2000 rows: mapping pre-filled, one column mapped by hand, progress shown, all 2000 written', async () => {
    const page = await openPage();
    // The import's answer is held until the page has shown its progress while the import is under way: on a
    // busy machine the server may finish before the page's first status poll, and that is no failure.
    let inFlight = '';
    await page.route('**/api/dossiers/import?*', async (route) => {
      const answer = await route.fetch();
      await page.locator('#progressText').waitFor({ state: 'visible' }); // shown once it has a line to say
      inFlight = await page.locator('#progressText').innerText();
      await route.fulfill({ response: answer });
    });
    await page.setInputFiles('#file', { name: 'ho-so-thang-11.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOf(rows(2000))) });
    await expect.poll(() => page.locator('#fileInfo').innerText(), { timeout: 20_000 }).toContain('2.000 dòng hồ sơ, 11 cột');
    // Pre-filled from the known headings; unknown columns are skipped until a person says what they are.
    expect(await select(page, 'Mã hồ sơ').inputValue()).toBe('code');
    expect(await select(page, 'Ngày hẹn trả').inputValue()).toBe('dueDate');
    expect(await select(page, 'Trạng thái').inputValue()).toBe('status');
    expect(await select(page, 'Nhóm lĩnh vực').inputValue()).toBe('-');
    expect(await select(page, 'Ghi chú').inputValue()).toBe('note'); // the one-door note (what to bring), a known heading
    await select(page, 'Nhóm lĩnh vực').selectOption('field');
    await screenshot(page, 'dossier-import-mapping');
    await page.getByRole('button', { name: 'Nhập hồ sơ' }).click();
    await expect.poll(() => page.locator('#result').innerText(), { timeout: 20_000 }).toContain('Đã nhập 2.000 hồ sơ.');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('Đang đọc tệp…');
    expect(seen.at(-1)).toBe('Đã kiểm tra 2.000 / 2.000 dòng');
    expect(await page.locator('#bar').evaluate((b: HTMLProgressElement) => [b.value, b.max])).toEqual([2000, 2000]);
    expect(inFlight).toMatch(/^(Đang đọc tệp…|Đang kiểm tra: [\d.]+ \/ 2\.000 dòng|Đang ghi 2\.000 hồ sơ…)$/);
    expect(count()).toBe(2000);
    expect(db().prepare('SELECT field FROM dossiers WHERE code = ?').pluck().get(code(7))).toBe('Hộ tịch');
    expect(db().prepare('SELECT field FROM dossiers WHERE code = ?').pluck().get(code(8))).toBe('Chứng thực');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'dossier-import-done');
    await page.close();
  });

  it('an XLSX with a bad row on line 1234 names line 1234 and imports nothing', async () => {
    db().prepare('DELETE FROM dossiers').run();
    const lines = rows(2000);
    lines[1232]![6] = '31/02/2026'; // the 1233rd data row: line 1234 of the sheet (the header is line 1)
    const page = await openPage();
    await page.setInputFiles('#file', { name: 'ho-so-loi.xlsx', mimeType: 'application/octet-stream', buffer: await xlsxOf(lines) });
    await expect.poll(() => page.locator('#fileInfo').innerText(), { timeout: 20_000 }).toContain('2.000 dòng hồ sơ');
    await select(page, 'Nhóm lĩnh vực').selectOption('field');
    await page.getByRole('button', { name: 'Nhập hồ sơ' }).click();
    await expect.poll(() => page.locator('#result').innerText(), { timeout: 20_000 }).toContain('Không nhập hồ sơ nào: 1 dòng có lỗi');
    const errors = await page.locator('#errors tbody tr').allInnerTexts();
    expect(errors).toEqual([expect.stringMatching(/^Dòng 1234\s+ngày tiếp nhận "31\/02\/2026" không đúng dạng dd\/mm\/yyyy$/)]);
    expect(count()).toBe(0);
    await screenshot(page, 'dossier-import-bad-row');
    await page.close();
  });

  it('refuses to send a mapping without a required column or with a field twice, and names the problem', async () => {
    const page = await openPage();
    await page.setInputFiles('#file', { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOf(rows(3))) });
    await expect.poll(() => page.locator('#fileInfo').innerText(), { timeout: 20_000 }).toContain('3 dòng hồ sơ');
    await select(page, 'Mã hồ sơ').selectOption('-');
    await select(page, 'STT').selectOption('field');
    await select(page, 'Nhóm lĩnh vực').selectOption('field');
    await page.getByRole('button', { name: 'Nhập hồ sơ' }).click();
    expect(await page.locator('#result').innerText()).toBe('Chưa nhập được: chưa chọn cột Mã hồ sơ; nhiều cột cùng là Lĩnh vực.');
    await page.close();
  });

  it('a supervisor reaches it as a tab of /admin; the old page address leads there, with no token in any address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await signIn(page, `${srv.url}/admin`, 'giamsat');
    const tab = page.getByRole('button', { name: 'Hồ sơ' });
    await tab.click();
    await page.getByText('1. Chọn tệp xuất (CSV hoặc XLSX)').waitFor();
    expect((await tab.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    expect(page.url()).toBe(`${srv.url}/admin/dossiers`);
    await screenshot(page, 'dossier-import-admin-tab');
    const old = await fetch(`${srv.url}/api/dossiers/import/view?token=${token}`, { redirect: 'manual' });
    expect([old.status, old.headers.get('location')]).toEqual([302, '/admin/dossiers']);
    expect(urls.filter((u) => u.includes('token='))).toEqual([]);
    await page.close();
  });

  it('the import routes are for supervisors, admins and the one-door software only', async () => {
    const staff = await login(srv.url, 'canbo1');
    for (const [t, status] of [[null, 401], [staff, 403], ['demo-display', 403]] as const) {
      const res = await fetch(`${srv.url}/api/dossiers/import/preview?format=csv`, { method: 'POST', headers: t ? { authorization: `Bearer ${t}` } : {}, body: 'a,b\n1,2\n' });
      expect(res.status).toBe(status);
    }
  });
});
