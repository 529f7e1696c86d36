import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { client, login, testServer } from '../integration/helpers';
import type { RunningServer } from '../../src/server';
import { lookupDossier } from '../../src/features/dossiers/store';

let srv: RunningServer;
let admin: string;
let api: ReturnType<typeof client>;
// The ready board shows results of the last display.readyMaxAgeDays (14): the clock is set within that of these files' dates.
const NOW = Date.parse('2026-11-12T09:00:00+07:00');
beforeAll(async () => { srv = await testServer({ now: () => NOW }); api = client(srv.url); admin = await login(srv.url, 'admin'); });
afterAll(async () => { await srv?.close(); });

const HEADER = 'Mã hồ sơ,Tên thủ tục,Lĩnh vực,Người nộp,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày có kết quả,Ngày trả kết quả';
const GOOD = [
  '000.00.23.H23-261102-0001,Đăng ký khai sinh,Hộ tịch,Nguyễn Văn An,Trực tiếp,02/11/2026,04/11/2026,Đã có kết quả - chờ trả,03/11/2026,',
  '000.00.23.H23-261102-0002,"Chứng thực bản sao từ bản chính, giấy tờ",Chứng thực,Trần Thị Bích,Trực tuyến,2026-11-02,2026-11-02,Đã trả kết quả,02/11/2026,02/11/2026',
];
const BAD = '000.00.23.H23-261102-0003,Đăng ký kết hôn,Hộ tịch,Lê Văn Cường,Trực tiếp,31/02/2026,04/11/2026,Đang giải quyết,,';

async function importRaw(format: 'csv' | 'xlsx', body: Buffer | string, token = admin) {
  const res = await fetch(`${srv.url}/api/dossiers/import?format=${format}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/octet-stream' }, body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}
async function xlsxOf(lines: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  for (const l of lines) ws.addRow(l.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, 10).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const count = () => srv.ctx.queue.journal.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get();

describe('importing the one-door export', () => {
  it('a CSV with one bad row imports nothing and names line 4', async () => {
    const r = await importRaw('csv', [HEADER, ...GOOD, BAD].join('\r\n'));
    expect(r.status).toBe(422);
    expect(r.body.imported).toBe(0);
    expect(r.body.errors).toEqual([{ line: 4, message: expect.stringContaining('ngày tiếp nhận "31/02/2026"') }]);
    expect(count()).toBe(0);
  });
  it('an XLSX with one bad row and a duplicate imports nothing and names both rows', async () => {
    const r = await importRaw('xlsx', await xlsxOf([HEADER, GOOD[0]!, BAD, GOOD[1]!, GOOD[0]!]));
    expect(r.status).toBe(422);
    expect(r.body.imported).toBe(0);
    expect(r.body.errors.map((e: { line: number }) => e.line)).toEqual([3, 5]);
    expect(r.body.errors[1].message).toContain('trùng với dòng 2');
    expect(count()).toBe(0);
  });
  it('a file without a required column names the header line', async () => {
    const r = await importRaw('csv', 'Mã hồ sơ,Tên thủ tục\r\nX-1,Y');
    expect(r.body.errors).toEqual([{ line: 1, message: 'thiếu cột: Ngày tiếp nhận, Ngày hẹn trả, Trạng thái' }]);
  });
  it('good CSV and XLSX files are imported (and again: idempotent)', async () => {
    expect((await importRaw('csv', [HEADER, ...GOOD].join('\n'))).body).toEqual({ total: 2, imported: 2, errors: [] });
    expect((await importRaw('xlsx', await xlsxOf([HEADER, ...GOOD]))).body).toEqual({ total: 2, imported: 2, errors: [] });
    expect(count()).toBe(2);
    expect((await api('GET', '/api/dossiers/import/status', { token: admin })).body).toMatchObject({ phase: 'done', done: 2, total: 2 });
  });
  it('a counter staff member may not import', async () => {
    expect((await importRaw('csv', [HEADER, ...GOOD].join('\n'), await login(srv.url, 'canbo1'))).status).toBe(403);
  });
});

describe('the push API and the public look-ups', () => {
  const pushed = { procedureName: 'Đăng ký kết hôn', field: 'Hộ tịch', applicantName: 'Phạm Thị Hoa', channel: 'truc_tuyen',
    receivedDate: '2026-11-05', dueDate: '2026-11-10', status: 'dang_giai_quyet' };
  it('PUT upserts by code and is idempotent; a bad body changes nothing', async () => {
    const code = '000.00.23.H23-261105-0007';
    expect((await api('PUT', `/api/dossiers/${code}`, { token: admin, body: pushed })).status).toBe(200);
    expect((await api('PUT', `/api/dossiers/${code}`, { token: admin, body: { ...pushed, status: 'Đã có kết quả - chờ trả', resolvedDate: '09/11/2026' } })).body)
      .toMatchObject({ status: 'cho_tra', applicant: 'Phạm T. H.' });
    const bad = await api('PUT', `/api/dossiers/${code}`, { token: admin, body: { ...pushed, dueDate: 'mai' } });
    expect(bad.status).toBe(400);
    expect(lookupDossier(srv.ctx.queue.journal.db, code)?.status).toBe('cho_tra');
    expect((await api('PUT', `/api/dossiers/${code}`, { body: pushed })).status).toBe(401);
  });
  it('a batch with one bad dossier writes none', async () => {
    const r = await api('POST', '/api/dossiers/batch', { token: admin, body: { dossiers: [
      { ...pushed, code: 'B-0001' }, { ...pushed, code: 'B-0002', status: 'lạ' }] } });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual(['dossiers.1 (B-0002): trạng thái "lạ" không rõ']);
    expect(lookupDossier(srv.ctx.queue.journal.db, 'B-0001')).toBeNull();
    expect((await api('POST', '/api/dossiers/batch', { token: admin, body: { dossiers: [{ ...pushed, code: 'B-0001' }] } })).body).toEqual({ upserted: 1 });
  });
  it('a batch of 5,000 dossiers (about 1.5 MB of JSON) is taken whole; 5,001 is refused', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...pushed, code: `BIG-${String(i).padStart(5, '0')}` }));
    const r = await api('POST', '/api/dossiers/batch', { token: admin, body: { dossiers: many(5000) } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ upserted: 5000 });
    expect(JSON.stringify({ dossiers: many(5000) }).length).toBeGreaterThan(256 * 1024);
    const over = await api('POST', '/api/dossiers/batch', { token: admin, body: { dossiers: many(5001) } });
    expect(over.status).toBe(400);
  });
  it('lookup shows the status and a masked name, never the full name', async () => {
    const r = await api('GET', '/api/dossiers/lookup/000.00.23.h23-261102-0001');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ code: '000.00.23.H23-261102-0001', procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', status: 'cho_tra',
      statusLabel: 'Đã có kết quả - chờ trả', receivedDate: '2026-11-02', dueDate: '2026-11-04', resolvedDate: '2026-11-03', returnedDate: null,
      applicant: 'Nguyễn V. A.', note: null });
    expect(JSON.stringify(r.body)).not.toContain('Nguyễn Văn An');
    expect((await api('GET', '/api/dossiers/lookup/KHONG-CO')).status).toBe(404);
  });
  it('the ready board lists dossiers waiting to be picked up, masked', async () => {
    const r = await api('GET', '/api/dossiers/ready');
    expect(r.body).toEqual([
      { code: '000.00.23.H23-261105-0007', applicant: 'Phạm T. H.', procedureName: 'Đăng ký kết hôn', resolvedDate: '2026-11-09' },
      { code: '000.00.23.H23-261102-0001', applicant: 'Nguyễn V. A.', procedureName: 'Đăng ký khai sinh', resolvedDate: '2026-11-03' },
    ]);
    expect(JSON.stringify(r.body)).not.toMatch(/Văn An|Thị Hoa|Bích/);
  });
});
