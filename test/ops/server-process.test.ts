/** The built server as a service manager runs it: one process, SIGTERM and SIGKILL, exit codes, config from another folder. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { io as connect } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { client, freePort, ROOT, tempDir } from '../../server/test/integration/helpers';
import { buildServer, run, waitForHealth, type Proc } from './built-server';

let build: ReturnType<typeof buildServer>;
let main: string;
const procs: Proc[] = [];
beforeAll(() => { build = buildServer(); main = join(build.dir, 'main.js'); });
afterAll(() => build?.remove());
afterEach(() => { for (const p of procs.splice(0)) p.child.kill('SIGKILL'); });

async function started(env: Record<string, string>): Promise<{ p: Proc; base: string; dataDir: string }> {
  const port = await freePort();
  const dataDir = env.MOTCUA_DATA ?? tempDir();
  const p = run(main, { PORT: String(port), MOTCUA_DATA: dataDir, MOTCUA_IGNORE_HOURS: '1', ...env });
  procs.push(p);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, p);
  return { p, base, dataDir };
}

describe('stopping the built server', { timeout: 180_000 }, () => {
  it('SIGTERM with a socket and a keep-alive connection open: exit 0, the database closed, the acknowledged ticket kept', async () => {
    const { p, base, dataDir } = await started({});
    const ticket = await client(base)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    expect(ticket.status).toBe(201);
    const socket = connect(base, { transports: ['websocket'], auth: { token: 'demo-display' } });
    await new Promise<void>((ok) => socket.once('snapshot', () => ok()));
    const keepAlive = await fetch(`${base}/api/services`, { headers: { connection: 'keep-alive' } });
    expect(keepAlive.status).toBe(200);
    expect(Number(readFileSync(join(dataDir, 'motcua.pid'), 'utf8'))).toBe(p.child.pid);
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    const code = await p.exited;
    console.log(`SIGTERM to exit: ${Date.now() - t0} ms`);
    socket.close();
    expect(code).toBe(0);
    expect(p.stderr()).toContain('stopped in');
    // A cleanly closed WAL database leaves no -wal file; the pid file goes with the server.
    expect(existsSync(join(dataDir, 'motcua.db-wal'))).toBe(false);
    expect(existsSync(join(dataDir, 'motcua.pid'))).toBe(false);
    const db = new Database(join(dataDir, 'motcua.db'), { readonly: true });
    expect(db.prepare('SELECT number FROM tickets WHERE id = ?').pluck().get(ticket.body.id)).toBe(ticket.body.number);
    db.close();
  });

  it('SIGTERM in the middle of a request: the request is finished and answered, then the server exits 0', async () => {
    const { p, base, dataDir } = await started({});
    const { port } = new URL(base);
    const body = JSON.stringify({ serviceId: 'datdai' });
    const sock = createConnection(Number(port), '127.0.0.1');
    let reply = '';
    sock.on('data', (b) => { reply += b.toString(); });
    await new Promise<void>((ok) => sock.once('connect', () => ok()));
    // Headers and half the body now; the rest once the server has started stopping.
    sock.write(`POST /api/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo-kiosk\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`);
    p.child.kill('SIGTERM');
    await expect.poll(() => p.stderr(), { timeout: 30_000, interval: 5 }).toContain('SIGTERM: stopping');
    sock.write(body.slice(5));
    await expect.poll(() => reply, { timeout: 30_000 }).toMatch(/^HTTP\/1\.1 201[\s\S]*"number":"D001"/);
    expect(await p.exited).toBe(0);
    sock.destroy();
    const db = new Database(join(dataDir, 'motcua.db'), { readonly: true });
    expect(db.prepare("SELECT COUNT(*) FROM tickets WHERE number = 'D001'").pluck().get()).toBe(1);
    db.close();
  });

  it('SIGKILL to the started process takes the server down with it (no child keeps listening)', async () => {
    const { p, base } = await started({});
    p.child.kill('SIGKILL');
    await p.exited;
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it('npm start (scripts/start.mjs) serves from its own process: the pid in the data folder is the one started', async () => {
    const port = await freePort();
    const dataDir = tempDir();
    const p = run(join(ROOT, 'scripts/start.mjs'), { PORT: String(port), MOTCUA_DATA: dataDir });
    procs.push(p);
    await waitForHealth(`http://127.0.0.1:${port}`, p, 200, 240_000);
    expect(Number(readFileSync(join(dataDir, 'motcua.pid'), 'utf8'))).toBe(p.child.pid);
    p.child.kill('SIGKILL');
    await p.exited;
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  }, 300_000);
});

describe('npm start builds only when it must', { timeout: 300_000 }, () => {
  it('a build older than its sources is rebuilt once; a fresh one is run as it is', async () => {
    const cmd = (): Promise<Proc> => { const p = run(join(ROOT, 'scripts/start.mjs'), {}, ['hash-password', 'mat-khau-thu']); procs.push(p); return p.exited.then(() => p); };
    await cmd(); // whatever state it was in, now it is built
    utimesSync(join(ROOT, 'server/dist/main.js'), new Date('2000-01-01'), new Date('2000-01-01'));
    const stale = await cmd();
    expect(stale.stderr()).toContain('building server (sources changed)');
    expect(stale.stderr()).toMatch(/^scrypt\$/m);
    expect(statSync(join(ROOT, 'server/dist/main.js')).mtimeMs).toBeGreaterThan(Date.parse('2001-01-01'));
    const fresh = await cmd();
    expect(fresh.stderr()).not.toContain('building');
    expect(fresh.stderr()).toMatch(/^scrypt\$/m);
  });
});

describe('a config in another folder', { timeout: 180_000 }, () => {
  const demo = readFileSync(join(ROOT, 'config/demo.yaml'), 'utf8');

  it('finds its own catalog beside it (catalog.dir is taken from the config file\'s folder)', async () => {
    const dir = tempDir('motcua-etc-');
    mkdirSync(join(dir, 'catalog'));
    writeFileSync(join(dir, 'catalog/fields.json'), JSON.stringify([{ id: 'hotich', name: 'Hộ tịch' }]));
    const procedures = JSON.parse(readFileSync(join(ROOT, 'config/catalog/procedures.json'), 'utf8')) as Array<{ code: string; field?: string }>;
    const mine = procedures.filter((x) => x.field === 'hotich').slice(0, 1);
    expect(mine).toHaveLength(1);
    writeFileSync(join(dir, 'catalog/procedures.json'), JSON.stringify(mine));
    writeFileSync(join(dir, 'site.yaml'), demo);
    const { base } = await started({ MOTCUA_CONFIG: join(dir, 'site.yaml') });
    const r = await client(base)('GET', '/api/catalog');
    expect(r.status).toBe(200);
    expect(r.body.procedures.map((x: { code: string }) => x.code)).toEqual([mine[0]!.code]);
  });

  it('a tcp printer without a host: exit 2 naming devices.printer.host, before the database is opened', async () => {
    const dir = tempDir('motcua-etc-');
    writeFileSync(join(dir, 'site.yaml'), demo.replace(/^devices:[\s\S]*?(?=^catalog:)/m, 'devices:\n  printer: { driver: tcp }\n'));
    const dataDir = tempDir();
    const p = run(main, { MOTCUA_CONFIG: join(dir, 'site.yaml'), MOTCUA_DATA: dataDir, PORT: String(await freePort()) });
    procs.push(p);
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toMatch(/devices\.printer\.host/);
    expect(p.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(join(dataDir, 'motcua.db'))).toBe(false);
  });

  it('a missing catalog folder: exit 2 naming catalog.dir', async () => {
    const dir = tempDir('motcua-etc-');
    writeFileSync(join(dir, 'site.yaml'), demo);
    const p = run(main, { MOTCUA_CONFIG: join(dir, 'site.yaml'), MOTCUA_DATA: tempDir(), PORT: String(await freePort()) });
    procs.push(p);
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toContain(`catalog.dir: no folder ${join(dir, 'catalog')}`);
  });
});

describe('a database from a newer version', { timeout: 180_000 }, () => {
  it('is refused with exit 2 and a message that says what to do', async () => {
    const { p, dataDir } = await started({});
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    const db = new Database(join(dataDir, 'motcua.db'));
    db.pragma('user_version = 99');
    db.close();
    const again = run(main, { MOTCUA_DATA: dataDir, PORT: String(await freePort()) });
    procs.push(again);
    expect(await again.exited).toBe(2);
    expect(again.stderr()).toContain('this database was written by a newer motcua (format 99)');
    expect(again.stderr()).toContain('npm run restore');
  });
});

describe('npm run backup and npm run restore (the built commands)', { timeout: 180_000 }, () => {
  it('backs up while the server runs, refuses to restore under it, and restores into a fresh folder that then serves the same tickets', async () => {
    const { base, dataDir } = await started({});
    const api = client(base);
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } })).body as { id: string; number: string });
    const backup = run(join(build.dir, 'backup.js'), { MOTCUA_DATA: dataDir });
    expect(await backup.exited).toBe(0);
    const file = /(\S+motcua-\d{4}-\d{2}-\d{2}-\d{6}\.db)/.exec(backup.stderr())?.[1];
    expect(file, backup.stderr()).toBeDefined();

    const underServer = run(join(build.dir, 'restore.js'), { MOTCUA_DATA: dataDir }, [file!]);
    expect(await underServer.exited).toBe(2);
    expect(underServer.stderr()).toContain('stop the service first');

    const fresh = tempDir();
    const restore = run(join(build.dir, 'restore.js'), { MOTCUA_DATA: fresh }, [file!]);
    expect(await restore.exited).toBe(0);
    const second = await started({ MOTCUA_DATA: fresh });
    for (const t of tickets) {
      const r = await client(second.base)('GET', `/api/tickets/${t.id}`);
      expect(r.status).toBe(200);
      expect(r.body.number).toBe(t.number);
    }
    const next = await client(second.base)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    expect(next.body.number).toBe('A006');
  });

  it('restore refuses a file that is not a backup, with exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.db'), 'hello');
    const p = run(join(build.dir, 'restore.js'), { MOTCUA_DATA: tempDir() }, [join(dir, 'x.db')]);
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toContain('not restored');
  });
});
