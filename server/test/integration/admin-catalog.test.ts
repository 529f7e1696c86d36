import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, login, tempDir, testServer } from './helpers';

const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0).reverse()) await x.close(); });

async function server(dataDir = tempDir()): Promise<RunningServer> {
  const srv = await testServer({ dataDir });
  open.push(srv);
  return srv;
}

describe('/api/admin/catalog', () => {
  it('searches, edits a procedure (who and when kept), serves the edit on /api/catalog with a new ETag and tells the kiosks', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const list = await api('GET', '/api/admin/catalog?q=khai%20sinh', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(list.body.procedures.length);
    expect(list.body.procedures.length).toBeGreaterThan(0);
    expect(list.body.procedures.some((p: { name: string }) => /khai sinh/i.test(p.name))).toBe(true);
    expect(list.body.procedures.some((p: { name: string }) => /kết hôn/i.test(p.name) && !/khai sinh/i.test(p.name))).toBe(false);
    const code = list.body.procedures[0].code as string;
    const before = await fetch(`${srv.url}/api/catalog`);
    const etag = before.headers.get('etag');

    const kiosk: Socket<ServerToClient, ClientToServer> = connect(srv.url, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
    open.push(kiosk);
    await new Promise((ok) => kiosk.once('snapshot', ok));
    const told = new Promise<{ etag: string }>((ok) => kiosk.once('catalog', ok));

    const p = (await api('GET', `/api/admin/catalog/procedures/${code}`, { token: admin })).body;
    const edited = {
      ...p, name: 'Đăng ký khai sinh (bản thử nghiệm)', timeLimit: { text: 'Trong ngày', workingDays: 1 }, fee: { text: 'Miễn lệ phí', amountVnd: 0 },
      documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }, { name: 'Giấy chứng sinh', form: 'copy', count: 2 }],
      steps: ['Nộp hồ sơ', 'Nhận kết quả'], legalBasis: ['Luật Hộ tịch 2014'], serviceId: 'tonghop',
    };
    const put = await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: edited });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: 'Đăng ký khai sinh (bản thử nghiệm)', serviceId: 'tonghop' });
    expect((await told).etag).not.toBe(etag);

    const after = await fetch(`${srv.url}/api/catalog`, { headers: { 'if-none-match': etag! } });
    expect(after.status).toBe(200);
    const served = (await after.json()) as { procedures: Array<{ code: string; name: string; documents: unknown[] }> };
    expect(served.procedures.find((x) => x.code === code)).toMatchObject({ name: 'Đăng ký khai sinh (bản thử nghiệm)', documents: edited.documents });
    const row = srv.ctx.queue.journal.db.prepare(`SELECT updated_by FROM admin_settings WHERE key = 'catalog'`).get() as { updated_by: string };
    expect(row.updated_by).toBe('admin');
    const again = await api('GET', '/api/admin/catalog?q=ban%20thu%20nghiem', { token: admin });
    expect(again.body.procedures).toEqual([expect.objectContaining({ code, edited: true })]);
  });

  it('refuses a bad procedure with every problem named, in Vietnamese', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const code = (await api('GET', '/api/admin/catalog', { token: admin })).body.procedures[0].code;
    const p = (await api('GET', `/api/admin/catalog/procedures/${code}`, { token: admin })).body;
    const bad = await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: { ...p, name: '', documents: [{ name: 'Tờ khai', form: 'photo', count: 0 }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect(bad.body.error.message).toMatch(/^Thủ tục không hợp lệ/);
    expect(bad.body.error.details.join('\n')).toMatch(/name:[\s\S]*documents\.0\.form[\s\S]*documents\.0\.count/);
    const unknownQueue = await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: { ...p, serviceId: 'khong-co' } });
    expect(unknownQueue.status).toBe(400);
    expect(unknownQueue.body.error.message).toContain('hàng đợi "khong-co" không có');
    const unknownField = await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: { ...p, field: 'khong-co' } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.details).toEqual(['field: lĩnh vực "khong-co" không có trong danh sách lĩnh vực']);
    const renamed = await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: { ...p, code: 'XA-KHAC' } });
    expect(renamed.status).toBe(400);
    expect((await api('GET', '/api/admin/catalog/procedures/9.999999', { token: admin })).status).toBe(404);
    expect((await api('GET', `/api/admin/catalog/procedures/${code}`, { token: admin })).body.name).toBe(p.name);
  });

  it('adds and deletes procedures, and the edits survive a restart', async () => {
    const dataDir = tempDir();
    let srv = await server(dataDir);
    let api = client(srv.url);
    let admin = await login(srv.url, 'admin');
    const [first, second] = (await api('GET', '/api/admin/catalog', { token: admin })).body.procedures;
    const base = (await api('GET', `/api/admin/catalog/procedures/${first.code}`, { token: admin })).body;
    const added = await api('POST', '/api/admin/catalog/procedures', { token: admin, body: { ...base, code: 'XA-MOI-01', name: 'Thủ tục mới của xã' } });
    expect(added.status).toBe(201);
    expect((await api('POST', '/api/admin/catalog/procedures', { token: admin, body: { ...base, name: 'Trùng mã' } })).status).toBe(409);
    expect((await api('DELETE', `/api/admin/catalog/procedures/${second.code}`, { token: admin })).status).toBe(200);
    const total = (await api('GET', '/api/admin/catalog', { token: admin })).body.total;

    await srv.close();
    open.splice(open.indexOf(srv), 1);
    srv = await server(dataDir);
    api = client(srv.url);
    admin = await login(srv.url, 'admin');
    const served = (await (await fetch(`${srv.url}/api/catalog`)).json()) as { procedures: Array<{ code: string; name: string }> };
    expect(served.procedures.length).toBe(total);
    expect(served.procedures.find((p) => p.code === 'XA-MOI-01')?.name).toBe('Thủ tục mới của xã');
    expect(served.procedures.some((p) => p.code === second.code)).toBe(false);
    expect((await api('GET', `/api/admin/catalog/procedures/${second.code}`, { token: admin })).status).toBe(404);
  });

  it('adds a field (lĩnh vực) and renames one; a procedure moves into the new field; duplicates and bad ids are refused; all survive a restart', async () => {
    const dataDir = tempDir();
    let srv = await server(dataDir);
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const served = async (s: RunningServer) => (await (await fetch(`${s.url}/api/catalog`)).json()) as { fields: Array<{ id: string; name: string }>; procedures: Array<{ code: string; field: string }> };

    const add = await api('POST', '/api/admin/catalog/fields', { token: admin, body: { id: 'thanhnien', name: 'Thanh niên', nameEn: 'Youth' } });
    expect(add.status).toBe(201);
    expect((await api('POST', '/api/admin/catalog/fields', { token: admin, body: { id: 'thanhnien', name: 'Lại' } })).status).toBe(409);
    const bad = await api('POST', '/api/admin/catalog/fields', { token: admin, body: { id: 'Thanh Niên', name: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatch(/^id: /);
    expect((await api('PUT', '/api/admin/catalog/fields/hotich', { token: admin, body: { id: 'hotich', name: 'Hộ tịch - Quốc tịch' } })).status).toBe(200);
    expect((await api('PUT', '/api/admin/catalog/fields/khongco', { token: admin, body: { id: 'khongco', name: 'x' } })).status).toBe(404);

    const code = (await served(srv)).procedures[0]!.code;
    const p = (await api('GET', `/api/admin/catalog/procedures/${code}`, { token: admin })).body;
    expect((await api('PUT', `/api/admin/catalog/procedures/${code}`, { token: admin, body: { ...p, field: 'thanhnien' } })).status).toBe(200);

    await srv.close();
    open.splice(open.indexOf(srv), 1);
    srv = await server(dataDir);
    const after = await served(srv);
    expect(after.fields.find((f) => f.id === 'thanhnien')).toEqual({ id: 'thanhnien', name: 'Thanh niên', nameEn: 'Youth' });
    expect(after.fields.find((f) => f.id === 'hotich')?.name).toBe('Hộ tịch - Quốc tịch');
    expect(after.procedures.find((x) => x.code === code)?.field).toBe('thanhnien');
  });
});
