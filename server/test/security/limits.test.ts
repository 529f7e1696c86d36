import { connect as tcp } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient, Snapshot } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, demoConfig, login, testServer } from '../integration/helpers';

type Client = Socket<ServerToClient, ClientToServer>;
const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0)) await x.close(); });

async function server(security: Partial<ReturnType<typeof demoConfig>['security']> = {}): Promise<RunningServer> {
  const config = demoConfig();
  config.security = { ...config.security, ...security };
  const srv = await testServer({ config });
  open.push(srv);
  return srv;
}
async function socketOf(url: string, token?: string): Promise<{ s: Client; snap: Snapshot }> {
  const s: Client = connect(url, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
  open.push(s);
  const snap = await new Promise<Snapshot>((ok) => s.once('snapshot', ok));
  return { s, snap };
}

describe('rate limits: 429 with Retry-After', () => {
  it('sign-ins per device: the attempt over security.loginPerMinute is refused, whatever the password', async () => {
    const srv = await server({ loginPerMinute: 3 });
    const api = client(srv.url);
    for (let i = 0; i < 3; i++) expect((await api('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'sai' } })).status).toBe(401);
    const res = await fetch(`${srv.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'canbo1', password: 'demo' }) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await res.json()).error.code).toBe('RATE_LIMITED');
  });

  it('wrong passwords per username: after the limit even the right one waits; other users are not held up', async () => {
    const srv = await server({ loginFailuresPerUser: 2 });
    const api = client(srv.url);
    for (let i = 0; i < 2; i++) await api('POST', '/api/auth/login', { body: { username: 'canbo2', password: 'sai' } });
    const held = await api('POST', '/api/auth/login', { body: { username: 'canbo2', password: 'demo' } });
    expect(held).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    await login(srv.url, 'canbo1');
  });

  it('hashing is off the main thread: /api/health answers while 16 sign-ins are still being checked', async () => {
    const srv = await server();
    let pending = 16;
    const logins = Array.from({ length: 16 }, (_, i) => client(srv.url)('POST', '/api/auth/login', { body: { username: i % 2 ? 'canbo1' : 'khong-co', password: `sai-${i}` } })
      .then((r) => { pending--; return r; }));
    const health = await fetch(`${srv.url}/api/health`);
    expect(health.status).toBe(200);
    expect(pending).toBeGreaterThan(0); // a synchronous hash would have answered every sign-in before the health check
    // An unknown username gets the same answer, after the same hash.
    for (const r of await Promise.all(logins)) expect(r).toMatchObject({ status: 401, body: { error: { code: 'BAD_CREDENTIALS' } } });
  });

  it('tickets per device: one kiosk token over security.issuePerMinute is refused (socket and REST); another kiosk is not', async () => {
    const srv = await server({ issuePerMinute: 3 });
    const { s } = await socketOf(srv.url, 'demo-kiosk');
    for (let i = 0; i < 3; i++) expect(await s.timeout(4000).emitWithAck('ticket:take', { serviceId: 'hotich' })).toMatchObject({ ok: true });
    const refused = await s.timeout(4000).emitWithAck('ticket:take', { serviceId: 'hotich' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: [expect.stringMatching(/^retryAfter: \d+$/)] } });
    const rest = await fetch(`${srv.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk' }, body: '{"serviceId":"hotich"}' });
    expect(rest.status).toBe(429);
    expect(rest.headers.get('retry-after')).toMatch(/^\d+$/);
    const scan = await client(srv.url)('POST', '/api/kiosk/scan', { token: 'demo-kiosk', body: { line: 'x' } });
    expect(scan.status).toBe(429);
    // Nothing was issued by the refused calls, and staff at a counter still issue.
    expect((await client(srv.url)('GET', '/api/services')).body.find((x: { id: string }) => x.id === 'hotich').waiting).toBe(3);
    expect((await client(srv.url)('POST', '/api/tickets', { token: await login(srv.url), body: { serviceId: 'hotich' } })).status).toBe(201);
  });

  it('dossier look-ups per address', async () => {
    const srv = await server({ lookupPerMinute: 2 });
    const api = client(srv.url);
    for (let i = 0; i < 2; i++) expect((await api('GET', `/api/dossiers/lookup/000.00.23.H23-0000${i}`)).status).toBe(404);
    expect((await api('GET', '/api/dossiers/lookup/000.00.23.H23-00002')).status).toBe(429);
  });
});

describe('nothing personal from public views', () => {
  it('anonymous GET /api/counters, display and phone snapshots and call deltas carry no ticket id and no priority', async () => {
    const srv = await server();
    const api = client(srv.url);
    const staff = await login(srv.url);
    const pri = srv.ctx.config.priorities[0]!.id;
    await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich', priority: pri } });
    const { s: wall } = await socketOf(srv.url, 'demo-display');
    const callSeen = new Promise((ok) => wall.once('call', ok));
    const counterSeen = new Promise((ok) => wall.once('counter', ok));
    const called = await api('POST', '/api/counters/q1/call-next', { token: staff });
    const ticketId = called.body.ticket.id as string;
    for (const seen of [await callSeen, await counterSeen]) expect(JSON.stringify(seen)).not.toContain(ticketId);
    const anon = await api('GET', '/api/counters');
    expect(anon.body.find((c: { id: string }) => c.id === 'q1').current).toMatchObject({ number: 'A001' });
    expect(JSON.stringify(anon.body)).not.toContain(ticketId);
    expect(JSON.stringify(anon.body)).not.toContain(pri);
    for (const token of ['demo-display', 'demo-kiosk', undefined]) {
      const { snap } = await socketOf(srv.url, token);
      expect(snap.counters.find((c) => c.id === 'q1')!.current).toMatchObject({ number: 'A001' });
      expect(JSON.stringify(snap)).not.toContain(ticketId);
      expect(snap.counters.find((c) => c.id === 'q1')!.current!.priority).toBeUndefined();
    }
    // The holder of the QR (the id) follows the ticket, without its category; staff see both.
    expect((await api('GET', `/api/tickets/${ticketId}`)).body).toMatchObject({ number: 'A001', priority: null, priorityName: null });
    expect((await api('GET', `/api/tickets/${ticketId}`, { token: staff })).body).toMatchObject({ priority: pri });
    const { snap: staffSnap } = await socketOf(srv.url, staff);
    expect(staffSnap.counters.find((c) => c.id === 'q1')!.current).toMatchObject({ ticketId, priority: pri });
  });
});

describe('bodies after the token, and slow clients', () => {
  it('an anonymous 7 MB batch gets 401 and a display token 403, not parsed; the writer\'s limit is its own', async () => {
    const srv = await server();
    const api = client(srv.url);
    const big = JSON.stringify({ dossiers: [{ code: 'x'.repeat(7_000_000) }] });
    expect((await api('POST', '/api/dossiers/batch', { raw: big })).body.error.code).toBe('UNAUTHORIZED');
    expect((await api('POST', '/api/dossiers/batch', { raw: big, token: 'demo-display' })).body.error.code).toBe('FORBIDDEN');
    expect((await api('POST', '/api/dossiers/import?format=csv', { raw: 'a'.repeat(1_000_000) })).status).toBe(401);
    // A display's ordinary body is held to 256 kB.
    expect((await api('POST', '/api/ratings', { raw: JSON.stringify({ x: 'y'.repeat(300_000) }), token: 'demo-display' })).status).toBe(413);
  });

  it('a client that trickles its headers is cut off after security.headersTimeoutSeconds', async () => {
    const srv = await server({ headersTimeoutSeconds: 1 });
    const sock = tcp(srv.port, '127.0.0.1');
    open.push({ close: () => sock.destroy() });
    let answer = '';
    sock.on('data', (d) => { answer += d.toString(); });
    sock.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => sock.write('X-Slow: 1\r\n'), 200);
    await new Promise((ok) => sock.once('close', ok));
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);

  it('texts shown in public refuse NUL, U+202E and lone surrogates, and have lengths', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    for (const bad of ['a\u0000b', 'Số \u202Eđảo', 'x\uD800y', 'n'.repeat(301)]) {
      expect((await api('PUT', '/api/admin/notices', { token: admin, body: { notices: [bad] } })).body.error.code).toBe('VALIDATION');
      if (bad.length > 300) continue; // a procedure name may be longer than a notice: its own limit below
      const d = { code: 'HS-0001', procedureName: bad, receivedDate: '01/12/2026', dueDate: '05/12/2026', status: 'Đang xử lý' };
      expect((await api('PUT', '/api/dossiers/HS-0001', { token: admin, body: d })).body.error.code).toBe('VALIDATION');
    }
    expect((await api('PUT', '/api/dossiers/HS-0001', { token: admin, body: { procedureName: 'p'.repeat(501), receivedDate: '01/12/2026', dueDate: '05/12/2026', status: 'Đang xử lý' } })).status).toBe(400);
    expect((await api('PUT', '/api/admin/notices', { token: admin, body: { notices: ['Nghỉ Tết 😀 từ 14/2'] } })).status).toBe(200);
  });
});
