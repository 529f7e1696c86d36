/** Every admin change is recorded with who made it; a refused change records nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { describeChange } from '../../src/features/admin/settings';
import { client, login, testServer } from './helpers';

let srv: RunningServer;
let api: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => { srv = await testServer(); api = client(srv.url); admin = await login(srv.url, 'admin'); });
afterAll(() => srv.close());

const trail = async () => (await api('GET', '/api/admin/audit', { token: admin })).body as Array<{ at: number; by: string; what: string }>;

describe('the admin audit trail', () => {
  it('records notices, a revoked token and a service edit, newest first, with the admin who made them', async () => {
    expect(await trail()).toEqual([]);
    expect((await api('PUT', '/api/admin/notices', { token: admin, body: { notices: ['Nghỉ Tết từ 14/02', 'Mang CCCD'] } })).status).toBe(200);
    expect((await api('POST', '/api/admin/devices', { token: admin, body: { id: 'tv-2', role: 'display' } })).status).toBe(201);
    expect((await api('DELETE', '/api/admin/devices/tv-2', { token: admin })).status).toBe(200);
    expect((await api('PUT', '/api/admin/services/hotich', { token: admin, body: { name: 'Hộ tịch (A)' } })).status).toBe(200);
    const t = await trail();
    expect(t.map((x) => x.by)).toEqual(['admin', 'admin', 'admin', 'admin']);
    expect(t.map((x) => x.what)).toEqual(expect.arrayContaining([
      'notices: 2 dòng / lines', 'devices: tv-2 added', 'devices: tv-2 revoked', 'setup: services, counters or priorities changed',
    ]));
    expect(t[0]!.at).toBeGreaterThanOrEqual(t[3]!.at);
  });

  it('a refused change records nothing', async () => {
    const before = (await trail()).length;
    expect((await api('PUT', '/api/admin/notices', { token: admin, body: { notices: [''] } })).status).toBe(400);
    expect((await trail()).length).toBe(before);
  });

  it('describes list changes by code, username or id', () => {
    expect(describeChange('catalog', [{ code: '1.001193', name: 'a' }], [{ code: '1.001193', name: 'b' }, { code: '2.000001', name: 'c' }]))
      .toBe('catalog: 1.001193 changed; 2.000001 added');
    expect(describeChange('catalog', [], [{ code: '1.000001', deleted: true }])).toBe('catalog: 1.000001 deleted');
    expect(describeChange('staff', [{ username: 'canbo9' }], [])).toBe('staff: canbo9 restored');
  });
});
