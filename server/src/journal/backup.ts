/**
 * Online backups with SQLite's backup API (better-sqlite3's db.backup): the copy is consistent, and the queue goes on
 * while it is taken. A backup is written to `<name>.partial`, checked, then renamed: a file named *.db is whole.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from './db';
import { formatOf, refuseNewer } from './format';
import { migrations } from './migrations';

export interface BackupResult { file: string; pages: number; lastSeq: number; ms: number }

/** The backups folder of a data folder. */
export const backupsDir = (dataDir: string) => join(dataDir, 'backups');

const DAILY = /^motcua-(\d{4}-\d{2}-\d{2})(-\d{6})?\.db$/;

/** The daily backup's file name for a local date, or a manual one's with the local time. */
export function backupName(date: string, time?: string): string {
  return time ? `motcua-${date}-${time.replace(/:/g, '')}.db` : `motcua-${date}.db`;
}

/**
 * Copies the open database into `file`. `sameConnection`: the server's own connection, copied in small steps between
 * which the queue runs (its writes go into the copy as it is made); from another process, one step (a WAL read
 * transaction, which never blocks the server's writes, whereas small steps would restart at each of its writes).
 */
export async function backupTo(db: Db, file: string, opts: { sameConnection: boolean }): Promise<BackupResult> {
  const started = Date.now();
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  mkdirSync(join(file, '..'), { recursive: true });
  const { totalPages } = await db.backup(partial, { progress: () => (opts.sameConnection ? 100 : 0x7fffffff) });
  const check = checkBackup(partial);
  renameSync(partial, file);
  return { file, pages: totalPages, lastSeq: check.lastSeq, ms: Date.now() - started };
}

/** Opens a backup file and checks it: SQLite's quick_check, a journal, and a format this build can read. */
export function checkBackup(file: string): { lastSeq: number; format: number } {
  if (!existsSync(file)) throw new BackupError(`${file}: không có tệp này / no such file`);
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('quick_check', { simple: true });
    if (ok !== 'ok') throw new BackupError(`${file}: tệp hỏng / the file is damaged (${String(ok)})`);
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()) {
      throw new BackupError(`${file}: không phải bản sao lưu motcua / not a motcua backup (no journal)`);
    }
    refuseNewer(db, file, migrations);
    return { lastSeq: (db.prepare('SELECT COALESCE(MAX(seq), 0) FROM events').pluck().get() as number), format: formatOf(db) };
  } catch (e) {
    if (e instanceof BackupError || (e as Error).name === 'JournalFormatError') throw e;
    throw new BackupError(`${file}: không đọc được / cannot be read as a database (${(e as Error).message})`);
  } finally {
    db?.close();
  }
}

/** A backup that cannot be used (missing, damaged, not ours). */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Deletes the dated backups older than `keepDays` days before `today` (YYYY-MM-DD); returns the names deleted. */
export function pruneBackups(dir: string, keepDays: number, today: string): string[] {
  if (!existsSync(dir)) return [];
  const cutoff = Date.parse(`${today}T00:00:00Z`) - keepDays * 86_400_000;
  const gone: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = DAILY.exec(name);
    if (!m || Date.parse(`${m[1]}T00:00:00Z`) >= cutoff) continue;
    rmSync(join(dir, name), { force: true });
    gone.push(name);
  }
  return gone;
}

/** The dated backups in a folder, newest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => DAILY.test(n)).sort().reverse().map((n) => join(dir, basename(n)));
}
