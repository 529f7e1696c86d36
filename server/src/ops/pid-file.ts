/** `<data>/motcua.pid`: which process serves this data folder, so a restore never swaps the database under a running server. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pidFile = (dataDir: string) => join(dataDir, 'motcua.pid');

/** Records this process as the server of a data folder. */
export function writePidFile(dataDir: string): void {
  writeFileSync(pidFile(dataDir), `${process.pid}\n`);
}

/** Forgets this process (on a clean stop); a pid file left by a power cut names a dead process and is ignored. */
export function removePidFile(dataDir: string): void {
  try {
    if (Number(readFileSync(pidFile(dataDir), 'utf8')) === process.pid) rmSync(pidFile(dataDir));
  } catch { /* already gone */ }
}

/** The pid of a live server on this data folder, or null. */
export function runningServer(dataDir: string): number | null {
  let pid: number;
  try { pid = Number(readFileSync(pidFile(dataDir), 'utf8')); } catch { return null; }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
