import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { reportServer } from '../../server/test/reports/fixture';
import type { RunningServer } from '../../server/src/server';
import { ARTIFACTS, launchChromium, screenshot } from './chromium';

let srv: RunningServer;
let browser: Browser;
let token: string;
beforeAll(async () => {
  ({ srv, token } = await reportServer());
  browser = await launchChromium();
});
afterAll(async () => { await browser?.close(); await srv?.close(); });

describe('the printable report', () => {
  it('prints to an A4 PDF with the figures and Vietnamese diacritics (PNG kept in test-artifacts/)', async () => {
    const page = await browser.newPage();
    await page.goto(`${srv.url}/api/reports/print?period=month&date=2026-11&token=${token}`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('body').innerText()).toContain('Rất hài lòng: 6 phiếu (75%).');
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = join(ARTIFACTS, 'report-print.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', file, join(ARTIFACTS, 'report-print')]);
    expect(existsSync(join(ARTIFACTS, 'report-print-1.png'))).toBe(true);
    // pdftotext splits some stacked diacritics with spaces: compare without whitespace.
    const text = execFileSync('pdftotext', [file, '-']).toString().normalize('NFC').replace(/\s+/g, '');
    expect(text).toContain('CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM');
    expect(text).toContain('trướchạn2(33,3%)');
    expect(text).toContain('Rấthàilòng:6phiếu(75%)');
    // The administrative form (Nghị định 30/2020/NĐ-CP), from the demo config's `report`.
    for (const s of ['UBNDHUYỆNHÒAVANG', 'ỦYBANNHÂNDÂNXÃHÒAAN', 'Số:…………/BC-UBND', 'HòaAn,ngày03tháng12năm2026', 'BÁOCÁO',
      'Kínhgửi:', '-UBNDhuyệnHòaVang;', 'Nơinhận:', '-Nhưtrên;', 'TM.ỦYBANNHÂNDÂN', 'CHỦTỊCH', 'NguyễnVănBình']) expect(text).toContain(s);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(existsSync(join(ARTIFACTS, `report-print-${pages}.png`))).toBe(true);
    await page.close();
  });

  it('the report screen shows its charts and period picker', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${srv.url}/api/reports/view?period=month&date=2026-11&token=${token}`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('svg rect').count()).toBeGreaterThan(5);
    await page.selectOption('select[name=period]', 'quarter');
    await page.fill('input[name=date]', '2026-Q4');
    await page.click('button');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Báo cáo Quý IV năm 2026');
    // The page's own font, with Vietnamese glyphs, ends up loaded (waited for, not sampled once:
    // with font-display swap it may still be on its way when the load event fires).
    await page.waitForFunction(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đăng ký'), undefined, { timeout: 15_000 });
    await screenshot(page, 'report-view');
    await page.close();
  });
});
