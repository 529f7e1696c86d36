import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { login } from '../integration/helpers';
import type { RunningServer } from '../../src/server';
import { reportServer } from './fixture';

let srv: RunningServer;
let token: string;
const Q = 'period=month&date=2026-11';
beforeAll(async () => { ({ srv, token } = await reportServer()); });
afterAll(async () => { await srv?.close(); });
const get = (path: string) => fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

// Counted by hand from fixture.ts.
const TOTAL = { received: 7, inPerson: 4, online: 2, postal: 1, carriedOver: 2, toHandle: 9, resolved: 6, early: 2, onTime: 3, late: 1,
  earlyPct: 33.3, onTimePct: 50, latePct: 16.7, earlyOrOnTimePct: 83.3, inProgress: 2, inProgressOverdue: 1, waitingSupplement: 1, paused: 1 };
const HO_TICH = { field: 'Hộ tịch', received: 4, inPerson: 1, online: 2, postal: 1, carriedOver: 1, toHandle: 5, resolved: 4, early: 2,
  onTime: 1, late: 1, earlyPct: 50, onTimePct: 25, latePct: 25, earlyOrOnTimePct: 75, inProgress: 1, inProgressOverdue: 0, waitingSupplement: 0, paused: 0 };
const CHUNG_THUC = { field: 'Chứng thực', received: 3, inPerson: 3, online: 0, postal: 0, carriedOver: 1, toHandle: 4, resolved: 2, early: 0,
  onTime: 2, late: 0, earlyPct: 0, onTimePct: 100, latePct: 0, earlyOrOnTimePct: 100, inProgress: 1, inProgressOverdue: 1, waitingSupplement: 1, paused: 1 };

describe('the November 2026 report equals the hand count', () => {
  it('JSON: dossiers, ratings and tickets', async () => {
    const r = await (await get(`/api/reports?${Q}`)).json();
    expect(r.period).toMatchObject({ from: '2026-11-01', to: '2026-11-30', label: 'Tháng 11 năm 2026' });
    expect(r.dossiers.total).toEqual(TOTAL);
    expect(r.dossiers.byField).toEqual([CHUNG_THUC, HO_TICH]);
    expect(r.ratings.total).toMatchObject({ count: 8, levels: [
      { key: 'rat_hai_long', count: 6, pct: 75 }, { key: 'hai_long', count: 1, pct: 12.5 }, { key: 'chua_hai_long', count: 1, pct: 12.5 }] });
    expect(r.ratings.byCounter.map((g: { name: string; count: number; levels: Array<{ count: number }> }) => [g.name, g.count, g.levels.map((l) => l.count)]))
      .toEqual([['Quầy 1 - Hộ tịch', 5, [4, 1, 0]], ['Quầy 2 - Chứng thực', 3, [2, 0, 1]]]);
    expect(r.ratings.byStaff.map((g: { name: string; count: number }) => [g.name, g.count])).toEqual([['Nguyễn Thị Lan', 5], ['Trần Văn Minh', 3]]);
    expect(r.tickets.total).toEqual({ id: 'all', name: 'Tổng', issued: 5, served: 3, noShow: 1, servedAfterNoShow: 0, waitMean: 480, waitP90: 900, serviceMean: 420, serviceP90: 600 });
    expect(r.tickets.byService).toEqual([
      { id: 'chungthuc', name: 'Chứng thực', issued: 2, served: 1, noShow: 0, servedAfterNoShow: 0, waitMean: 120, waitP90: 120, serviceMean: 180, serviceP90: 180 },
      { id: 'hotich', name: 'Hộ tịch', issued: 3, served: 2, noShow: 1, servedAfterNoShow: 0, waitMean: 600, waitP90: 900, serviceMean: 540, serviceP90: 600 }]);
    expect(r.tickets.byHour.map((h: { id: string; issued: number }) => [h.id, h.issued])).toEqual([['08', 2], ['09', 2], ['10', 1]]);
    expect(r.tickets.byStaff.map((s: { name: string; served: number }) => [s.name, s.served])).toEqual([['Nguyễn Thị Lan', 2], ['Trần Văn Minh', 1]]);
  });

  it('CSV for Excel in Vietnamese locale (the default): BOM, ";" between fields, decimal comma; the same figures', async () => {
    const res = await get(`/api/reports/export.csv?${Q}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines).toContain('Lĩnh vực;Tiếp nhận trong kỳ;Trực tiếp;Trực tuyến;Bưu chính công ích;Kỳ trước chuyển sang;Tổng số phải giải quyết;Đã giải quyết;Trước hạn;Tỷ lệ trước hạn (%);Đúng hạn;Tỷ lệ đúng hạn (%);Quá hạn;Tỷ lệ quá hạn (%);Tỷ lệ trước và đúng hạn (%);Đang giải quyết;Trong đó quá hạn;Chờ bổ sung;Tạm dừng');
    expect(lines).toContain('Tổng cộng;7;4;2;1;2;9;6;2;33,3;3;50;1;16,7;83,3;2;1;1;1');
    expect(lines).toContain('Hộ tịch;4;1;2;1;1;5;4;2;50;1;25;1;25;75;1;0;0;0');
    expect(lines).toContain('Tổng;Tổng;8;6;75;1;12,5;1;12,5');
    expect(lines).toContain('Tổng;Tổng;5;3;1;0;8;15;7;10');
    expect(lines).toContain('Dịch vụ;Hộ tịch;3;2;1;0;10;15;9;10');
  });

  it('plain RFC 4180 CSV for software: no BOM, "," between fields, decimal point, CRLF', async () => {
    const res = await get(`/api/reports/export-rfc4180.csv?${Q}`);
    expect(res.headers.get('content-disposition')).toContain('bao-cao-2026-11.rfc4180.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes[0]).toBe('T'.charCodeAt(0)); // no BOM: the office's name comes first
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines).toContain('Tổng cộng,7,4,2,1,2,9,6,2,33.3,3,50,1,16.7,83.3,2,1,1,1');
    expect(lines).toContain('Tổng,Tổng,8,6,75,1,12.5,1,12.5');
    expect(lines).toContain('Dịch vụ,Hộ tịch,3,2,1,0,10,15,9,10');
  });

  it('XLSX: a real workbook read back with exceljs holds the same figures', async () => {
    const res = await get(`/api/reports/export.xlsx?${Q}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hồ sơ', 'Đánh giá', 'Số thứ tự']);
    const rows = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const hs = rows('Hồ sơ');
    expect(hs[1]![0]).toBe('Lĩnh vực');
    expect(hs.find((r) => r[0] === 'Tổng cộng')).toEqual(['Tổng cộng', 7, 4, 2, 1, 2, 9, 6, 2, 33.3, 3, 50, 1, 16.7, 83.3, 2, 1, 1, 1]);
    expect(hs.find((r) => r[0] === 'Chứng thực')).toEqual(['Chứng thực', 3, 3, 0, 0, 1, 4, 2, 0, 0, 2, 100, 0, 0, 100, 1, 1, 1, 1]);
    expect(rows('Đánh giá').find((r) => r[1] === 'Quầy 2 - Chứng thực')).toEqual(['Quầy', 'Quầy 2 - Chứng thực', 3, 2, 66.7, 0, 0, 1, 33.3]);
    expect(rows('Số thứ tự').find((r) => r[0] === 'Tổng')).toEqual(['Tổng', 'Tổng', 5, 3, 1, 0, 8, 15, 7, 10]);
  });

  it('printable page: the seed reports\' sentences with Vietnamese numbers', async () => {
    const res = await fetch(`${srv.url}/api/reports/print?${Q}&token=${token}`);
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Tổng số hồ sơ tiếp nhận: 9 hồ sơ (trực tiếp: 4, trực tuyến: 2, bưu chính: 1; kỳ trước chuyển sang: 2).');
    expect(text).toContain('Đã giải quyết: 6 hồ sơ, trong đó trước hạn 2 (33,3%), đúng hạn 3 (50%), quá hạn 1 (16,7%).');
    expect(text).toContain('Tỷ lệ hồ sơ giải quyết trước và đúng hạn: 83,3%.');
    expect(text).toContain('Đang giải quyết: 2 hồ sơ (trong đó quá hạn: 1, chờ bổ sung: 1); tạm dừng: 1 hồ sơ.');
    expect(text).toContain('Rất hài lòng: 6 phiếu (75%).');
    expect(text).toContain('Hài lòng: 1 phiếu (12,5%).');
    expect(text).toContain('Chưa hài lòng: 1 phiếu (12,5%).');
    expect(text).toContain('Số phiếu thứ tự đã cấp: 5; đã phục vụ: 3; vắng mặt khi gọi: 1.');
    expect(text).toContain('Thời gian chờ trung bình: 8 phút (90% lượt chờ không quá 15 phút)');
    expect(text).toContain('Tháng 11 năm 2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)');
    expect(text).toContain('ngày 03 tháng 12 năm 2026');
    for (const s of ['Số: …………/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']) expect(text).toContain(s);
  });

  it('the pages need a supervisor or admin; the screen carries the token in its links', async () => {
    expect((await fetch(`${srv.url}/api/reports/print?${Q}`)).status).toBe(401);
    const staff = await login(srv.url, 'canbo1');
    expect((await fetch(`${srv.url}/api/reports/view?${Q}&token=${staff}`)).status).toBe(403);
    const html = await (await fetch(`${srv.url}/api/reports/view?${Q}&token=${token}`)).text();
    expect(html).toContain(`print?period=month&amp;date=2026-11&amp;token=${token}`);
    expect(html).toContain('<svg');
    expect((await fetch(`${srv.url}/api/reports?period=custom&from=2026-11-30&to=2026-11-01`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
    expect((await fetch(`${srv.url}/api/reports/fonts/be-vietnam-pro-vietnamese-400-normal.woff2`)).status).toBe(200);
  });
});
