import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { client, login, testServer } from '../integration/helpers';
import type { RunningServer } from '../../src/server';
import { lookupDossier } from '../../src/features/dossiers/store';

const TOKEN = 'demo-integration';
let srv: RunningServer;
let api: ReturnType<typeof client>;
beforeAll(async () => { srv = await testServer(); api = client(srv.url); });
afterAll(async () => { await srv?.close(); });

const pushed = { procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', applicantName: 'Võ Thị Mai', channel: 'trực tuyến',
  receivedDate: '05/11/2026', dueDate: '10/11/2026', status: 'Đang giải quyết' };

/** What a socket.io connection with this token gets: 'connected' or the refusal's message. */
function socketOutcome(token: string): Promise<string> {
  return new Promise((ok) => {
    const s = connect(srv.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    const done = (v: string) => { s.close(); ok(v); };
    s.on('connect', () => done('connected'));
    s.on('connect_error', (e) => done(e.message));
    setTimeout(() => done('timeout'), 4000);
  });
}

describe('the integration device token (the one-door software)', () => {
  it('pushes dossiers: PUT upserts by code, twice the same is one dossier, a batch writes all', async () => {
    const code = '000.00.23.H23-261105-0100';
    const first = await api('PUT', `/api/dossiers/${code}`, { token: TOKEN, body: pushed });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ code, status: 'dang_giai_quyet', applicant: 'Võ T. M.' });
    expect((await api('PUT', `/api/dossiers/${code}`, { token: TOKEN, body: pushed })).body).toEqual(first.body);
    const rows = () => srv.ctx.queue.journal.db.prepare('SELECT COUNT(*) FROM dossiers WHERE code = ?').pluck().get(code);
    expect(rows()).toBe(1);
    const batch = await api('POST', '/api/dossiers/batch', { token: TOKEN, body: { dossiers: [
      { ...pushed, code }, { ...pushed, code: '000.00.23.H23-261105-0101', status: 'Đã có kết quả - chờ trả', resolvedDate: '2026-11-07' }] } });
    expect(batch).toEqual({ status: 200, body: { upserted: 2 } });
    expect(lookupDossier(srv.ctx.queue.journal.db, '000.00.23.H23-261105-0101')?.status).toBe('cho_tra');
    expect((await api('GET', '/api/dossiers/import/status', { token: TOKEN })).status).toBe(200);
  });

  it('may do nothing else: no tickets, no calls, no admin, no reports, no screen sockets', async () => {
    const refused = async (method: string, path: string, body?: unknown) => {
      const r = await api(method, path, { token: TOKEN, body });
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
    };
    await refused('POST', '/api/tickets', { serviceId: 'hotich' });
    await refused('POST', '/api/counters/q1/call-next', {});
    await refused('POST', '/api/counters/q1/open', {});
    await refused('GET', '/api/admin/devices');
    await refused('GET', '/api/admin/staff');
    await refused('GET', '/api/reports?period=month&date=2026-11');
    await refused('GET', '/api/auth/me');
    expect(await socketOutcome(TOKEN)).toBe('FORBIDDEN');
    expect(await socketOutcome('demo-display')).toBe('connected');
  });

  it('other device tokens and counter staff may not push; no token is 401', async () => {
    for (const token of ['demo-kiosk', 'demo-display', 'demo-counter', await login(srv.url, 'canbo1')]) {
      expect((await api('PUT', '/api/dossiers/X-0001', { token, body: pushed })).status).toBe(403);
    }
    expect((await api('PUT', '/api/dossiers/X-0001', { body: pushed })).status).toBe(401);
    expect(lookupDossier(srv.ctx.queue.journal.db, 'X-0001')).toBeNull();
  });

  it('an admin can issue an integration token, which then pushes', async () => {
    const admin = await login(srv.url, 'admin');
    const issued = await api('POST', '/api/admin/devices', { token: admin, body: { id: 'motcua-dvc-2', role: 'integration' } });
    expect(issued.status).toBe(201);
    expect(issued.body.device).toEqual({ id: 'motcua-dvc-2', role: 'integration', counterId: null });
    expect((await api('PUT', '/api/dossiers/X-0003', { token: issued.body.token, body: pushed })).status).toBe(200);
    expect((await api('POST', '/api/tickets', { token: issued.body.token, body: { serviceId: 'hotich' } })).status).toBe(403);
  });

  it('the demo integration token is refused in production', async () => {
    const prod = await testServer({ production: true });
    try {
      expect((await client(prod.url)('PUT', '/api/dossiers/X-0002', { token: TOKEN, body: pushed })).status).toBe(401);
    } finally { await prod.close(); }
  });
});
