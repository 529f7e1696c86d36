import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, demoConfig, login, tempDir, testServer } from '../integration/helpers';

type Client = Socket<ServerToClient, ClientToServer>;
const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0)) await x.close(); });

async function server(over: Parameters<typeof testServer>[0] = {}): Promise<RunningServer> {
  const srv = await testServer(over);
  open.push(srv);
  return srv;
}

/** A staff socket, resolved once its snapshot arrived. */
async function staffSocket(url: string, token: string): Promise<Client> {
  const s: Client = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false });
  open.push(s);
  await new Promise((ok) => s.once('snapshot', ok));
  return s;
}
const dropped = (s: Client) => new Promise<string>((ok) => s.once('disconnect', (why) => ok(why)));

describe('sessions end, and their open sockets with them', () => {
  it('logout ends the session: the token is refused and the open socket is dropped at once', async () => {
    const srv = await server();
    const api = client(srv.url);
    const token = await login(srv.url, 'canbo1');
    const sock = await staffSocket(srv.url, token);
    const gone = dropped(sock);
    expect((await api('POST', '/api/auth/logout', { token })).status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    expect((await api('POST', '/api/counters/q1/open', { token })).status).toBe(401);
  });

  it('a new password set by the admin ends the account\'s sessions; the new one signs in', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const old = await login(srv.url, 'canbo2');
    const sock = await staffSocket(srv.url, old);
    const gone = dropped(sock);
    expect((await api('PUT', '/api/admin/staff/canbo2', { token: admin, body: { password: 'mat-khau-moi' } })).status).toBe(200);
    await gone;
    expect((await api('GET', '/api/auth/me', { token: old })).status).toBe(401);
    await login(srv.url, 'canbo2', 'mat-khau-moi');
  });

  it('the admin lists sessions (no tokens) and ends one; a disabled account cannot sign in and is signed out', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    const lan = await login(srv.url, 'canbo1');
    const list = await api('GET', '/api/admin/sessions', { token: admin });
    const mine = list.body.find((s: { username: string }) => s.username === 'canbo1');
    expect(mine).toMatchObject({ username: 'canbo1', name: 'Nguyễn Thị Lan', role: 'staff', ip: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain(lan);
    const sock = await staffSocket(srv.url, lan);
    const gone = dropped(sock);
    expect((await api('DELETE', `/api/admin/sessions/${mine.id}`, { token: admin })).status).toBe(200);
    await gone;
    expect((await api('GET', '/api/auth/me', { token: lan })).status).toBe(401);
    expect((await api('DELETE', `/api/admin/sessions/${mine.id}`, { token: admin })).status).toBe(404);

    const again = await login(srv.url, 'canbo1');
    expect((await api('PUT', '/api/admin/staff/canbo1', { token: admin, body: { disabled: true } })).body).toMatchObject({ disabled: true });
    expect((await api('GET', '/api/auth/me', { token: again })).status).toBe(401);
    const refused = await api('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'BAD_CREDENTIALS' } } });
    await api('PUT', '/api/admin/staff/canbo1', { token: admin, body: { disabled: false } });
    await login(srv.url, 'canbo1');
  });

  it('a session expires after security.sessionHours; its socket is refused its next action and dropped', async () => {
    let now = Date.now();
    const config = demoConfig();
    config.security.sessionHours = 1;
    const srv = await server({ config, now: () => now });
    const token = await login(srv.url, 'canbo1');
    const sock = await staffSocket(srv.url, token);
    expect(await sock.timeout(4000).emitWithAck('counter:open', { counterId: 'q1' })).toMatchObject({ ok: true });
    now += 3_600_001;
    const gone = dropped(sock);
    expect(await sock.timeout(4000).emitWithAck('counter:close', { counterId: 'q1' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await gone;
    expect((await client(srv.url)('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('the last admin can neither lose the role nor be disabled; with a second admin, it can', async () => {
    const srv = await server();
    const api = client(srv.url);
    const admin = await login(srv.url, 'admin');
    for (const body of [{ role: 'staff' }, { disabled: true }]) {
      const r = await api('PUT', '/api/admin/staff/admin', { token: admin, body });
      expect(r).toMatchObject({ status: 409, body: { error: { code: 'LAST_ADMIN' } } });
    }
    expect((await api('GET', '/api/auth/me', { token: admin })).body).toMatchObject({ role: 'admin' });
    await api('PUT', '/api/admin/staff/giamsat', { token: admin, body: { role: 'admin' } });
    expect((await api('PUT', '/api/admin/staff/admin', { token: admin, body: { role: 'supervisor' } })).status).toBe(200);
    // A new role ends the session: the old token no longer carries the admin role (or any).
    expect((await api('GET', '/api/auth/me', { token: admin })).status).toBe(401);
  });

  it('a session outlives a restart, also for an account whose password the admin changed', async () => {
    const dataDir = tempDir();
    const first = await testServer({ dataDir });
    const admin = await login(first.url, 'admin');
    await client(first.url)('PUT', '/api/admin/staff/canbo2', { token: admin, body: { password: 'mat-khau-moi' } });
    const token = await login(first.url, 'canbo2', 'mat-khau-moi');
    await first.close();
    const second = await server({ dataDir });
    expect((await client(second.url)('GET', '/api/auth/me', { token })).body).toMatchObject({ username: 'canbo2' });
  });
});
