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
      expect.stringMatching(/^notices: 2 dòng \/ lines \(\+ "Nghỉ Tết từ 14\/02"; \+ "Mang CCCD"; − ".+"/),
      'devices: tv-2 added', 'devices: tv-2 revoked', 'setup: services: hotich changed (name: "Hộ tịch" → "Hộ tịch (A)")',
    ]));
    expect(t[0]!.at).toBeGreaterThanOrEqual(t[3]!.at);
  });

  it('a refused change records nothing', async () => {
    const before = (await trail()).length;
    expect((await api('PUT', '/api/admin/notices', { token: admin, body: { notices: [''] } })).status).toBe(400);
    expect((await trail()).length).toBe(before);
  });

  it('names what changed in a procedure, with its old and new values, even on its first edit', async () => {
    const before = (await api('GET', '/api/admin/catalog/procedures/1.001193', { token: admin })).body as Record<string, unknown>;
    expect(before.code).toBe('1.001193');
    const fee = before.fee as { text: string };
    const edited = { ...before, fee: { ...fee, text: 'Miễn phí (sửa thử)' } };
    delete (edited as { source?: unknown }).source;
    const r = await api('PUT', '/api/admin/catalog/procedures/1.001193', { token: admin, body: edited });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // The old text is long: the trail keeps its first 60 characters.
    expect((await trail())[0]!.what).toBe(`catalog: 1.001193 changed (fee.text: "${fee.text.slice(0, 58)}… → "Miễn phí (sửa thử)")`);
    expect(fee.text.length).toBeGreaterThan(60);
  });

  it('never writes a password or token into the trail, only that it changed', async () => {
    expect((await api('PUT', '/api/admin/staff/canbo1', { token: admin, body: { password: 'mat-khau-moi-1', name: 'Nguyễn Văn Một' } })).status).toBe(200);
    const what = (await trail())[0]!.what;
    expect(what).toMatch(/^staff: canbo1 changed \(/);
    expect(what).toContain('passwordHash: đã đổi / changed');
    expect(what).toMatch(/name: ".+" → "Nguyễn Văn Một"/);
    expect(what).not.toMatch(/scrypt|\$|mat-khau/);
  });

  it('describes list changes by code, username or id', () => {
    expect(describeChange('catalog', [{ code: '1.001193', name: 'a' }], [{ code: '1.001193', name: 'b' }, { code: '2.000001', name: 'c' }]))
      .toBe('catalog: 1.001193 changed (name: "a" → "b"); 2.000001 added');
    expect(describeChange('catalog', [], [{ code: '1.000001', deleted: true }])).toBe('catalog: 1.000001 deleted');
    expect(describeChange('staff', [{ username: 'canbo9' }], [])).toBe('staff: canbo9 restored');
  });
});
