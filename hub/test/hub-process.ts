/** A hub as its own process (`tsx hub/src/main.ts`), as production runs it; resolves once it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface HubProcess { child: ChildProcess; url: string; exited: Promise<number | null>; stop(): Promise<void> }

/** Starts `tsx hub/src/main.ts` with DATABASE_URL and PORT (and any extra environment). */
export function spawnHub(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'hub/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  let err = '';
  child.stderr!.on('data', (d) => { err += String(d); });
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (d) => {
      if (String(d).includes('listening')) {
        ok({ child, url: `http://127.0.0.1:${port}`, exited, async stop() { if (child.exitCode === null && child.signalCode === null) { child.kill('SIGTERM'); await exited; } } });
      }
    });
    void exited.then((code) => fail(new Error(`hub exited (${code}) before listening: ${err}`)));
  });
}
