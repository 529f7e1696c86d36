import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { client, freePort, login, ROOT, tempDir } from './helpers';

const running: ChildProcess[] = [];
afterEach(() => { for (const p of running.splice(0)) p.kill('SIGKILL'); });

/** Starts `npm start`'s server (tsx server/src/main.ts) as its own process. */
async function startProcess(port: number, dataDir: string): Promise<ChildProcess> {
  // One process (node --import tsx), so SIGKILL really kills the server and nothing survives it.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), MOTCUA_DATA: dataDir, MOTCUA_IGNORE_HOURS: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.push(child);
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

describe('power cut: kill -9 right after the 201', () => {
  it('the acknowledged ticket is there after restart, still waiting, and the next ticket gets the next number', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const base = `http://127.0.0.1:${port}`;
    const proc = await startProcess(port, dataDir);
    const api = client(base);
    const first = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'datdai' } });
    const second = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'datdai' } });
    proc.kill('SIGKILL');
    expect(second.status).toBe(201);
    await new Promise((r) => proc.once('exit', r));
    await expect(fetch(`${base}/api/health`)).rejects.toThrow(); // really gone

    await startProcess(port, dataDir);
    const after = await api('GET', `/api/tickets/${second.body.id}`);
    expect(after.body).toMatchObject({ number: 'D002', status: 'waiting', ahead: 1 });
    const third = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'datdai' } });
    expect(third.body.number).toBe('D003');
    const called = await api('POST', '/api/counters/q4/call-next', { token: await login(base, 'canbo3') });
    expect(called.body.ticket.id).toBe(first.body.id);
  }, 90_000); // two server processes start here: slow on a busy machine
});
