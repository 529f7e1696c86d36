/**
 * A throwaway PostgreSQL cluster for tests and the bench: initdb + pg_ctl into a temporary folder on a
 * loopback port, as `nobody` when run as root (PostgreSQL refuses to run as root), removed by stop().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.MOTCUA_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster { url(db?: string): string; port: number; createDb(name: string): void; stop(): void }

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => ok(p)); });
  });
}

/** Starts a cluster; `durable: false` turns fsync off (tests check logic, not the disk). */
export async function startPgCluster(opts: { durable?: boolean } = {}): Promise<PgCluster> {
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(`PostgreSQL 15 is not installed (${BIN}/initdb): apt-get install postgresql`);
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  const data = join(dir, 'data');
  const run = (bin: string, args: string[]) => {
    const cmd = root ? 'runuser' : join(BIN, bin);
    const full = root ? ['-u', 'nobody', '--', join(BIN, bin), ...args] : args;
    const r = spawnSync(cmd, full, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${bin} failed: ${r.stderr || r.stdout}`);
  };
  if (root) { chmodSync(dir, 0o700); chownSync(dir, 65534, 65534); }
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const settings = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`, '-c max_connections=200',
    '-c shared_buffers=128MB', ...(opts.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])];
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings.join(' '), '-w', '-t', '120', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    url, port, stop,
    createDb(name: string) {
      execFileSync(join(BIN, 'psql'), ['-q', '-d', url(), '-c', `CREATE DATABASE "${name}"`], { stdio: 'pipe' });
    },
  };
}
