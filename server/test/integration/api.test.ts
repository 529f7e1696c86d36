import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { client, login, testServer } from './helpers';

let srv: RunningServer;
let api: ReturnType<typeof client>;
let staff: string;
const KIOSK = 'demo-kiosk';

beforeAll(async () => {
  srv = await testServer();
  api = client(srv.url);
  staff = await login(srv.url);
});
afterAll(() => srv.close());

const take = (serviceId: string, priority?: string) => api('POST', '/api/tickets', { token: KIOSK, body: { serviceId, ...(priority ? { priority } : {}) } });

describe('the REST API', () => {
  it('reports health', async () => {
    const r = await api('GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
  });

  it('lists the services publicly with their waiting counts', async () => {
    const r = await api('GET', '/api/services');
    expect(r.body.map((s: { id: string }) => s.id)).toEqual(['hotich', 'chungthuc', 'btxh-ncc', 'datdai', 'cutru', 'tonghop', 'traketqua']);
    expect(r.body[0]).toMatchObject({ name: 'Hộ tịch', waiting: 0 });
  });

  it('strict priority: of three tickets the priority one is called first; numbers are unique and in order', async () => {
    const a = await take('chungthuc');
    const b = await take('chungthuc', 'nguoi-cao-tuoi');
    const c = await take('chungthuc');
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect([a.body.number, b.body.number, c.body.number]).toEqual(['B001', 'B002', 'B003']);
    expect(a.body.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(c.body.ahead).toBe(2);
    const first = await api('POST', '/api/counters/q2/call-next', { token: staff });
    expect(first.status).toBe(200);
    expect(first.body.ticket).toMatchObject({ number: 'B002', status: 'called', counter: { id: 'q2', number: 2 } });
    const status = await api('GET', `/api/tickets/${c.body.id}`);
    expect(status.body).toMatchObject({ number: 'B003', status: 'waiting', ahead: 1 });

    const recall = await api('POST', '/api/counters/q2/recall', { token: staff });
    expect(recall.body.ticket.number).toBe('B002');
    expect(srv.ctx.queue.state.tickets.get(b.body.id)!.recalls).toBe(1);
    const done = await api('POST', '/api/counters/q2/complete', { token: staff });
    expect(done.body.ticket).toMatchObject({ number: 'B002', status: 'done' });

    const second = await api('POST', '/api/counters/q2/call-next', { token: staff });
    expect(second.body.ticket.number).toBe('B001');
    const absent = await api('POST', '/api/counters/q2/no-show', { token: staff });
    expect(absent.body.ticket).toMatchObject({ number: 'B001', status: 'noShow' });

    const third = await api('POST', '/api/counters/q2/call-next', { token: staff });
    expect(third.body.ticket.number).toBe('B003');
    const moved = await api('POST', '/api/counters/q2/transfer', { token: staff, body: { serviceId: 'datdai' } });
    expect(moved.body.ticket).toMatchObject({ number: 'B003', serviceId: 'datdai', status: 'waiting', issuedAt: c.body.issuedAt });

    const empty = await api('POST', '/api/counters/q2/call-next', { token: staff });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('QUEUE_EMPTY');
  });

  it('pause records the reason; a paused counter cannot call', async () => {
    const p = await api('POST', '/api/counters/q2/pause', { token: staff, body: { reason: 'Họp giao ban' } });
    expect(p.body.counter).toMatchObject({ status: 'paused', pauseReason: 'Họp giao ban' });
    await take('chungthuc');
    const refused = await api('POST', '/api/counters/q2/call-next', { token: staff });
    expect(refused.body.error.code).toBe('COUNTER_PAUSED');
    const resumed = await api('POST', '/api/counters/q2/resume', { token: staff });
    expect(resumed.body.counter.status).toBe('open');
  });
});

describe('bad input gets a clear code and changes nothing', () => {
  const journalSeq = () => srv.ctx.queue.journal.lastSeq();

  it.each([
    ['unknown service', () => take('khong-co'), 404, 'UNKNOWN_SERVICE'],
    ['unknown priority', () => take('hotich', 'vip'), 400, 'UNKNOWN_PRIORITY'],
    ['malformed JSON', () => api('POST', '/api/tickets', { token: KIOSK, raw: '{"serviceId":' }), 400, 'BAD_JSON'],
    ['extra fields', () => api('POST', '/api/tickets', { token: KIOSK, body: { serviceId: 'hotich', admin: true } }), 400, 'VALIDATION'],
    ['a number for the service', () => api('POST', '/api/tickets', { token: KIOSK, body: { serviceId: 42 } }), 400, 'VALIDATION'],
    ['no token', () => api('POST', '/api/tickets', { body: { serviceId: 'hotich' } }), 401, 'UNAUTHORIZED'],
    ['a made-up token', () => api('POST', '/api/tickets', { token: 'nope', body: { serviceId: 'hotich' } }), 401, 'UNAUTHORIZED'],
    ['a display token taking a ticket', () => api('POST', '/api/tickets', { token: 'demo-display', body: { serviceId: 'hotich' } }), 403, 'FORBIDDEN'],
    ['a display token calling next', () => api('POST', '/api/counters/q1/call-next', { token: 'demo-display' }), 403, 'FORBIDDEN'],
    ['a kiosk token calling next', () => api('POST', '/api/counters/q1/call-next', { token: KIOSK }), 403, 'FORBIDDEN'],
    ['an unknown counter', () => api('POST', '/api/counters/q9/call-next', { token: staff }), 404, 'UNKNOWN_COUNTER'],
    ['a pause without a reason', () => api('POST', '/api/counters/q1/pause', { token: staff, body: { reason: '  ' } }), 400, 'VALIDATION'],
    ['a transfer to nowhere', () => api('POST', '/api/counters/q1/transfer', { token: staff, body: {} }), 400, 'VALIDATION'],
    ['an unknown ticket', () => api('GET', '/api/tickets/AAAAAAAAAAAAAAAA'), 404, 'UNKNOWN_TICKET'],
    ['a ticket id with odd characters', () => api('GET', '/api/tickets/..%2f..'), 400, 'VALIDATION'],
    ['an unknown route', () => api('GET', '/api/nothing-here'), 404, 'NOT_FOUND'],
  ])('%s', async (_name, call, status, code) => {
    const before = journalSeq();
    const r = await call();
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(typeof r.body.error.message).toBe('string');
    expect(journalSeq()).toBe(before);
  });

  it('a wrong password is 401', async () => {
    const r = await api('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'sai' } });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('BAD_CREDENTIALS');
  });
});

describe('production refuses the demo credentials', () => {
  it('refuses demo tokens and demo passwords when NODE_ENV=production', async () => {
    const prod = await testServer({ production: true });
    try {
      const api2 = client(prod.url);
      expect((await api2('POST', '/api/tickets', { token: KIOSK, body: { serviceId: 'hotich' } })).status).toBe(401);
      expect((await api2('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo' } })).status).toBe(401);
      expect((await api2('GET', '/api/demo-tokens')).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
