import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { client, login } from '../integration/helpers';
import type { RunningServer } from '../../src/server';
import { reportServer } from './fixture';

let srv: RunningServer;
let token: string;
const Q = 'period=month&date=2026-11';
beforeAll(async () => { ({ srv, token } = await reportServer()); });
afterAll(async () => { await srv?.close(); });

/** The rows of the page's table with this class, each as its cells' text. */
function tableRows(html: string, cls: string): string[][] {
  const m = new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`).exec(html);
  if (!m) throw new Error(`no table ${cls}`);
  return [...m[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)]
    .map((c) => c[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim()));
}

// Counted by hand from fixture.ts (the same month as report.test.ts), written as the pages write numbers.
const RECEIVED = [
  ['Lĩnh vực', 'Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', 'Tiếp nhận trong kỳ', 'Kỳ trước chuyển sang', 'Tổng số phải giải quyết'],
  ['Chứng thực', '3', '0', '0', '3', '1', '4'], // CT-01, CT-02, CT-04 in person; CT-03 carried over
  ['Hộ tịch', '1', '2', '1', '4', '1', '5'], // HT-01 | HT-02, HT-03 | HT-06; HT-04 carried over
  ['Tổng cộng', '4', '2', '1', '7', '2', '9'],
];
const RESOLVED = [
  ['Lĩnh vực', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trước và đúng hạn', 'Đang giải quyết', 'Trong đó quá hạn', 'Tạm dừng'],
  ['Chứng thực', '2', '0 (0%)', '2 (100%)', '0 (0%)', '100%', '1', '1', '1'],
  ['Hộ tịch', '4', '2 (50%)', '1 (25%)', '1 (25%)', '75%', '1', '0', '0'],
  ['Tổng cộng', '6', '2 (33,3%)', '3 (50%)', '1 (16,7%)', '83,3%', '2', '1', '1'],
];
const LEVELS = ['Số phiếu', 'Rất hài lòng', 'Hài lòng', 'Chưa hài lòng'];
const RATINGS_FIELD = [['Lĩnh vực', ...LEVELS],
  ['Chứng thực', '3', '2 (66,7%)', '0 (0%)', '1 (33,3%)'], ['Hộ tịch', '5', '4 (80%)', '1 (20%)', '0 (0%)']];
const RATINGS_COUNTER = [['Quầy', ...LEVELS],
  ['Quầy 1 - Hộ tịch', '5', '4 (80%)', '1 (20%)', '0 (0%)'], ['Quầy 2 - Chứng thực', '3', '2 (66,7%)', '0 (0%)', '1 (33,3%)']];
const RATINGS_STAFF = [['Công chức', ...LEVELS],
  ['Nguyễn Thị Lan', '5', '4 (80%)', '1 (20%)', '0 (0%)'], ['Trần Văn Minh', '3', '2 (66,7%)', '0 (0%)', '1 (33,3%)']];
const TICKET_HEAD = ['Đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Phục vụ sau vắng mặt', 'Chờ TB', 'Chờ P90', 'Phục vụ TB', 'Phục vụ P90'];
// q1 / canbo1: T1 (wait 5, service 10), T2 (wait 10, service 8), T3 (wait 15, no-show). q2 / canbo2: T4 (wait 2, service 3).
const Q1 = ['3', '2', '1', '0', '10 phút', '15 phút', '9 phút', '10 phút'];
const Q2 = ['1', '1', '0', '0', '2 phút', '2 phút', '3 phút', '3 phút'];
const TICKETS_SERVICE = [['Lĩnh vực', ...TICKET_HEAD], ['Chứng thực', '2', ...Q2.slice(1)], ['Hộ tịch', ...Q1]]; // T5: Chứng thực, never called
const TICKETS_COUNTER = [['Quầy', ...TICKET_HEAD], ['Quầy 1 - Hộ tịch', ...Q1], ['Quầy 2 - Chứng thực', ...Q2]];
const TICKETS_STAFF = [['Công chức', ...TICKET_HEAD], ['Nguyễn Thị Lan', ...Q1], ['Trần Văn Minh', ...Q2]];
const TICKETS_HOUR = [['Giờ', ...TICKET_HEAD],
  ['08:00', '2', '2', '0', '0', '7,5 phút', '10 phút', '9 phút', '10 phút'], // T1, T2
  ['09:00', '2', '1', '1', '0', '8,5 phút', '15 phút', '3 phút', '3 phút'], // T3 (15), T4 (2)
  ['10:00', '1', '0', '0', '0', '–', '–', '–', '–']]; // T5

const EXPECTED: Record<string, string[][]> = {
  received: RECEIVED, resolved: RESOLVED, 'ratings-field': RATINGS_FIELD, 'ratings-counter': RATINGS_COUNTER, 'ratings-staff': RATINGS_STAFF,
  'tickets-service': TICKETS_SERVICE, 'tickets-counter': TICKETS_COUNTER, 'tickets-staff': TICKETS_STAFF, 'tickets-hour': TICKETS_HOUR,
};

describe('every figure family is on the report screen and the printable page, equal to the hand count', () => {
  for (const page of ['view', 'print']) {
    it(`${page}: received by channel, resolved early / on time / late with %, ratings per field / counter / staff, tickets per service / counter / staff / hour`, async () => {
      const res = await fetch(`${srv.url}/api/reports/${page}?${Q}&token=${token}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const [cls, rows] of Object.entries(EXPECTED)) expect(tableRows(html, cls), cls).toEqual(rows);
    });
  }
});

describe('the per-counter, per-staff and per-hour figures in the CSV and the XLSX', () => {
  const get = (path: string) => fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const LINES = ['Quầy,Quầy 1 - Hộ tịch,3,2,1,0,10,15,9,10', 'Công chức,Trần Văn Minh,1,1,0,0,2,2,3,3', 'Giờ,08:00,2,2,0,0,7.5,10,9,10',
    'Giờ,09:00,2,1,1,0,8.5,15,3,3', 'Giờ,10:00,1,0,0,0,,,,', 'Công chức,Nguyễn Thị Lan,5,4,80,1,20,0,0', 'Dịch vụ,Chứng thực,3,2,66.7,0,0,1,33.3'];
  it('CSV (RFC 4180, and the Excel one with ";" and decimal commas)', async () => {
    const plain = (await (await get(`/api/reports/export-rfc4180.csv?${Q}`)).text()).split('\r\n');
    for (const l of LINES) expect(plain).toContain(l);
    const excel = (await (await get(`/api/reports/export.csv?${Q}`)).text()).split('\r\n');
    for (const l of LINES) expect(excel).toContain(l.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2'));
  });
  it('XLSX read back', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await get(`/api/reports/export.xlsx?${Q}`)).arrayBuffer());
    const rows = (name: string, columns: number) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean)
      .map((r) => Array.from({ length: columns }, (_, i) => r[i + 1] ?? '').join(','));
    const all = [...rows('Số thứ tự', 10), ...rows('Đánh giá', 9)];
    for (const l of LINES) expect(all).toContain(l);
  });
});

describe('the pages are rendered by preact with their stylesheets linked', () => {
  for (const page of ['view', 'print']) {
    it(`${page}: links ${page}.css (served as CSS, with the fonts' faces), carries no <style> and no inline script; the policy allows no inline style`, async () => {
      const res = await fetch(`${srv.url}/api/reports/${page}?${Q}&token=${token}`);
      const html = await res.text();
      expect(html).toContain(`<link rel="stylesheet" href="${page}.css"/>`);
      expect(html).not.toMatch(/<style|<script|style="/);
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self';");
      const css = await fetch(new URL(`${page}.css`, `${srv.url}/api/reports/${page}`));
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
      expect(await css.text()).toContain("src:url(fonts/be-vietnam-pro-vietnamese-400-normal.woff2)");
    });
  }

  it('escapes what an admin typed into the heading, on the A4 page', async () => {
    const admin = await login(srv.url, 'admin');
    const api = client(srv.url);
    const current = (await api('GET', '/api/admin/report-header', { token: admin })).body as Record<string, unknown>;
    const saved = await api('PUT', '/api/admin/report-header', { token: admin, body: { ...current, signerName: '<img src=x onerror=alert(1)> Lê & Văn "A"' } });
    expect(saved.status).toBe(200);
    const html = await (await fetch(`${srv.url}/api/reports/print?${Q}&token=${token}`)).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)> Lê &amp; Văn &quot;A&quot;');
    expect(html).not.toContain('<img');
    await api('PUT', '/api/admin/report-header', { token: admin, body: current });
  });
});
