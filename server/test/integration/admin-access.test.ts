import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { io as connect, type Socket } from 'socket.io-client';
import { adminRoutes } from '../../src/features/admin';
import type { RunningServer } from '../../src/server';
import { client, login, testServer } from './helpers';

let srv: RunningServer;
beforeAll(async () => { srv = await testServer(); });
afterAll(async () => { await srv?.close(); });

/** Every admin route. DELETEs name nothing that exists: the admin's own pass below must not revoke the demo kiosk. */
const ROUTES: Array<[string, string]> = [
  ['GET', '/api/admin/setup'], ['GET', '/api/admin/audit'],
  ['POST', '/api/admin/services'], ['PUT', '/api/admin/services/hotich'],
  ['POST', '/api/admin/counters'], ['PUT', '/api/admin/counters/q1'],
  ['GET', '/api/admin/priorities'], ['PUT', '/api/admin/priorities'],
  ['GET', '/api/admin/staff'], ['POST', '/api/admin/staff'], ['PUT', '/api/admin/staff/canbo2'],
  ['GET', '/api/admin/sessions'], ['DELETE', '/api/admin/sessions/999999'],
  ['GET', '/api/admin/devices'], ['POST', '/api/admin/devices'], ['DELETE', '/api/admin/devices/khong-co'],
  ['GET', '/api/admin/notices'], ['PUT', '/api/admin/notices'],
  ['GET', '/api/admin/rating'], ['PUT', '/api/admin/rating'],
  ['GET', '/api/admin/catalog'], ['POST', '/api/admin/catalog/procedures'],
  ['GET', '/api/admin/catalog/procedures/1.001193'], ['PUT', '/api/admin/catalog/procedures/1.001193'], ['DELETE', '/api/admin/catalog/procedures/9.999999'],
  ['POST', '/api/admin/catalog/fields'], ['PUT', '/api/admin/catalog/fields/hotich'],
  ['GET', '/api/admin/catalog/export'], ['POST', '/api/admin/catalog/import'], ['GET', '/api/admin/catalog/import/status'],
  ['GET', '/api/admin/voice'], ['PUT', '/api/admin/voice'],
];

/** The routes the admin feature registers, as "METHOD /api/path/:param". */
function registered(): string[] {
  const r = Router();
  adminRoutes(r, srv.ctx, { settings: () => {}, catalog: () => {} });
  return (r.stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>).flatMap((l) =>
    l.route ? Object.keys(l.route.methods).map((m) => `${m.toUpperCase()} /api${l.route!.path}`) : []);
}

describe('/api/admin is for the admin role only', () => {
  it('the table below lists every registered admin route', () => {
    const table = ROUTES.map(([m, p]) => `${m} ${p}`);
    for (const route of registered()) {
      const [method, path] = route.split(' ') as [string, string];
      const re = new RegExp(`^${method} ${path.replace(/\./g, '\\.').replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
      expect(table.some((t) => re.test(t)), `${route} is missing from ROUTES`).toBe(true);
    }
  });

  it.each(ROUTES)('%s %s: 401 without a token, 403 for staff, supervisor and a device; an admin gets through', async (method, path) => {
    const api = client(srv.url);
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    const anon = await api(method, path, { body });
    expect(anon.status).toBe(401);
    for (const who of ['canbo1', 'giamsat']) {
      const r = await api(method, path, { token: await login(srv.url, who), body });
      expect(r.status, who).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
      expect(r.body.error.message).toMatch(/^[^/]*[àáảãạăâđèéêìíòóôơùúưỳý][^/]* \/ /i);
    }
    expect((await api(method, path, { token: 'demo-kiosk', body })).status).toBe(403);
    // The admin passes the role check: reads succeed, writes with an empty body fail validation (400) or find nothing (404).
    const admin = await api(method, path, { token: await login(srv.url, 'admin'), body });
    expect([401, 403]).not.toContain(admin.status);
  });
});

describe('revoking a device token', () => {
  it('drops its open socket at once, and the token can no longer connect or call the API', async () => {
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const issued = await api('POST', '/api/admin/devices', { token: admin, body: { id: 'tv-sanh', role: 'display' } });
    expect(issued.status).toBe(201);
    const token = issued.body.token as string;
    const tv: Socket = connect(srv.url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100 });
    const other: Socket = connect(srv.url, { auth: { token: 'demo-display' }, transports: ['websocket'] });
    try {
      await Promise.all([new Promise((ok) => tv.once('snapshot', ok)), new Promise((ok) => other.once('snapshot', ok))]);
      const dropped = new Promise<string>((ok) => tv.once('disconnect', ok));
      expect((await api('DELETE', '/api/admin/devices/tv-sanh', { token: admin })).status).toBe(200);
      expect(await dropped).toBe('io server disconnect');
      expect(other.connected).toBe(true);
      const refused = new Promise<Error>((ok) => tv.once('connect_error', ok));
      tv.connect();
      expect((await refused).message).toBe('UNAUTHORIZED');
      expect(tv.connected).toBe(false);
      expect((await api('GET', '/api/admin/devices', { token: admin })).body.some((d: { id: string }) => d.id === 'tv-sanh')).toBe(false);
    } finally {
      tv.close();
      other.close();
    }
  });
});
