/** /api/admin/services and /api/admin/counters: add under a new id, change by id; a taken or unknown id is refused and changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { client, login, testServer } from './helpers';

let srv: RunningServer;
let api: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => { srv = await testServer(); api = client(srv.url); admin = await login(srv.url, 'admin'); });
afterAll(() => srv.close());

const setup = async () => (await api('GET', '/api/admin/setup', { token: admin })).body as { services: Array<{ id: string; name: string }>; counters: Array<{ id: string; name: string; number: number }> };

describe('the set-up lists in /admin', () => {
  it('services: a new one is added with its defaults, one is changed, a taken id is 409 and an unknown one 404', async () => {
    const added = await api('POST', '/api/admin/services', { token: admin, body: { id: 'tu-phap', name: 'Tư pháp', numbering: { kind: 'prefix', prefix: 'T', pad: 3 } } });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ id: 'tu-phap', name: 'Tư pháp', enabled: true, avgServiceMinutes: 10 });
    const changed = await api('PUT', '/api/admin/services/tu-phap', { token: admin, body: { name: 'Tư pháp - Hộ tịch' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: 'tu-phap', name: 'Tư pháp - Hộ tịch', avgServiceMinutes: 10 });
    const before = await setup();
    const taken = await api('POST', '/api/admin/services', { token: admin, body: { id: 'hotich', name: 'Khác', numbering: { kind: 'prefix', prefix: 'K', pad: 3 } } });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'DUPLICATE', message: 'Lĩnh vực "hotich" đã có / already exists' });
    const unknown = await api('PUT', '/api/admin/services/khong-co', { token: admin, body: { name: 'X' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Không tìm thấy lĩnh vực "khong-co" / no such lĩnh vực');
    expect(await setup()).toEqual(before);
  });

  it('counters: a new one is added, one is changed, a taken id is 409 and an unknown one 404', async () => {
    const added = await api('POST', '/api/admin/counters', { token: admin, body: { id: 'q9', number: 9, name: 'Quầy tổng hợp', services: ['hotich'] } });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: 'q9', number: 9, name: 'Quầy tổng hợp', services: ['hotich'] });
    const changed = await api('PUT', '/api/admin/counters/q9', { token: admin, body: { number: 10 } });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ id: 'q9', number: 10, name: 'Quầy tổng hợp', services: ['hotich'] });
    const before = await setup();
    const taken = await api('POST', '/api/admin/counters', { token: admin, body: { id: 'q1', number: 11, name: 'Khác', services: ['hotich'] } });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'DUPLICATE', message: 'Quầy "q1" đã có / already exists' });
    const unknown = await api('PUT', '/api/admin/counters/q99', { token: admin, body: { number: 12 } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Không tìm thấy quầy "q99" / no such quầy');
    expect(await setup()).toEqual(before);
  });
});
