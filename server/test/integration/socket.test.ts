import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { CallView, ClientToServer, ServerToClient, Snapshot } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, freePort, login, tempDir, testServer } from './helpers';

type Client = Socket<ServerToClient, ClientToServer>;
const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0)) await x.close(); });

function next<K extends keyof ServerToClient>(sock: Client, event: K, timeoutMs = 4000): Promise<Parameters<ServerToClient[K]>[0]> {
  return new Promise((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    sock.once(event as never, ((payload: never) => { clearTimeout(t); ok(payload); }) as never);
  });
}

function display(url: string, token = 'demo-display'): Client {
  const s: Client = connect(url, { auth: { token }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 });
  open.push(s);
  return s;
}

describe('live screens over socket.io', () => {
  it('a display gets a snapshot on connect, then a delta for every call', async () => {
    const srv = await testServer();
    open.push(srv);
    const api = client(srv.url);
    await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const sock = display(srv.url);
    const snap = await next(sock, 'snapshot');
    expect(snap.office.name).toContain('Hòa An');
    expect(snap.services.find((s) => s.id === 'hotich')!.waiting).toBe(1);
    expect(snap.waiting).toBeUndefined(); // the display reads the public picture only
    const staff = await login(srv.url);
    const call = next(sock, 'call');
    await api('POST', '/api/counters/q1/call-next', { token: staff });
    expect(await call).toMatchObject({ number: 'A001', counterId: 'q1', counterNumber: 1, recall: 0 });
    const recall = next(sock, 'call');
    await api('POST', '/api/counters/q1/recall', { token: staff });
    expect(await recall).toMatchObject({ number: 'A001', recall: 1 });
  });

  it('a display token cannot act: the socket ack says FORBIDDEN', async () => {
    const srv = await testServer();
    open.push(srv);
    const sock = display(srv.url);
    await next(sock, 'snapshot');
    const ack = await sock.timeout(2000).emitWithAck('counter:callNext', { counterId: 'q1' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await sock.timeout(2000).emitWithAck('ticket:take', { serviceId: 5 } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a kiosk takes a ticket over the socket and a staff socket calls it', async () => {
    const srv = await testServer();
    open.push(srv);
    const kiosk = display(srv.url, 'demo-kiosk');
    await next(kiosk, 'snapshot');
    const taken = await kiosk.timeout(2000).emitWithAck('ticket:take', { serviceId: 'cutru' });
    expect(taken).toMatchObject({ ok: true, data: { number: 'E001', ahead: 0 } });
    const staffSock = display(srv.url, await login(srv.url, 'canbo2'));
    const snap = await next(staffSock, 'snapshot');
    expect(snap.waiting!.map((w) => w.number)).toEqual(['E001']);
    const called = await staffSock.timeout(2000).emitWithAck('counter:callNext', { counterId: 'q5' });
    expect(called).toMatchObject({ ok: true, data: { ticket: { number: 'E001' }, counter: { staff: { username: 'canbo2' } } } });
  });

  it('a phone following its ticket hears when it is called', async () => {
    const srv = await testServer();
    open.push(srv);
    const api = client(srv.url);
    const t = (await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } })).body;
    const phone: Client = connect(srv.url, { transports: ['websocket'] });
    open.push(phone);
    const follow = await phone.timeout(2000).emitWithAck('ticket:follow', { ticketId: t.id });
    expect(follow).toMatchObject({ ok: true, data: { number: 'A001', status: 'waiting' } });
    const update = next(phone, 'ticket');
    await api('POST', '/api/counters/q3/call-next', { token: await login(srv.url, 'canbo3') }).catch(() => null);
    await api('POST', '/api/counters/q1/call-next', { token: await login(srv.url) });
    expect(await update).toMatchObject({ number: 'A001', status: 'called', counter: { number: 1 } });
  });

  it('after the server restarts, the display reconnects by itself and gets a fresh snapshot', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    let srv: RunningServer = await testServer({ port, dataDir });
    const sock = display(`http://127.0.0.1:${port}`);
    const first = await next(sock, 'snapshot');
    expect(first.services[0]!.waiting).toBe(0);
    await srv.close();
    srv = await testServer({ port, dataDir });
    open.push(srv);
    await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    const again: Snapshot = await next(sock, 'snapshot', 8000);
    const calls: CallView[] = again.calls;
    expect(calls).toEqual([]);
    expect(again.services[0]!.waiting).toBe(1);
  });

  it("tells any screen the server's time (time:get), and refuses a payload it does not expect", async () => {
    const at = Date.parse('2026-11-23T09:00:00+07:00');
    const srv = await testServer({ now: () => at });
    open.push(srv);
    const sock = display(srv.url);
    await next(sock, 'snapshot');
    expect(await sock.timeout(2000).emitWithAck('time:get', {})).toEqual({ ok: true, data: { serverTime: at } });
    const bad = await sock.timeout(2000).emitWithAck('time:get', { serverTime: 1 } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
