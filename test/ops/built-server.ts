/** The built server (esbuild, as `npm run build` makes it) in a folder of its own per test file, started as a real process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/test/integration/helpers';

/** Builds server/dist-<random>/ (beside server/dist, so its relative paths hold); returns it and a clean-up. */
export function buildServer(): { dir: string; remove(): void } {
  const dir = join(ROOT, 'server', `dist-${randomBytes(4).toString('hex')}`);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-server.mjs'), dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Proc { child: ChildProcess; stderr(): string; exited: Promise<number | null> }

/** Starts `node <script> ...args` with extra environment; stderr is kept for the assertions. */
export function run(script: string, env: Record<string, string>, args: string[] = []): Proc {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  child.stdout!.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return { child, stderr: () => err, exited };
}

/** Waits for /api/health to answer `status` (200 by default), or the process to exit (then throws with its output). */
export async function waitForHealth(base: string, p: Proc, status = 200, timeoutMs = 60_000): Promise<void> {
  let gone = false;
  void p.exited.then(() => { gone = true; });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`server exited: ${p.stderr()}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status === status) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no health ${status} from ${base}: ${p.stderr()}`);
}
