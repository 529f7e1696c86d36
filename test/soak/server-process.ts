/** The real server as its own process, from the sources (tsx), for the crash soak: start, wait healthy, SIGKILL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A started server process and when it first answered /api/health. */
export interface ServerProcess { child: ChildProcess; url: string; healthyAt: number; startMs: number }

/** Starts `node --import tsx server/src/main.ts` on a port and data folder; resolves once healthy. */
export async function startServerProcess(port: number, dataDir: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), MOTCUA_DATA: dataDir, MOTCUA_IGNORE_HOURS: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return { child, url, healthyAt: Date.now(), startMs: Date.now() - t0 };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start within ${timeoutMs} ms: ${stderr}`);
}

/** SIGKILL, and wait until the process is gone. */
export async function kill(p: ServerProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode) return;
  const gone = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGKILL');
  await gone;
}
