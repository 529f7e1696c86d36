/** Putting a backup back: checked first, the current database kept beside it, never while a server uses the folder. */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError, checkBackup } from '../journal/backup';
import { runningServer } from './pid-file';

export interface RestoreResult { restored: string; lastSeq: number; keptAside: string[] }

/** Replaces `<dataDir>/motcua.db` with a checked copy of a backup; the old files are renamed `*.before-restore-<time>`. */
export function restoreBackup(backupFile: string, dataDir: string, stamp = new Date().toISOString().replace(/[:.]/g, '-')): RestoreResult {
  const pid = runningServer(dataDir);
  if (pid) throw new BackupError(`máy chủ đang chạy (pid ${pid}) trên ${dataDir}: hãy dừng dịch vụ trước / the server is running on this data folder: stop the service first`);
  const { lastSeq } = checkBackup(backupFile);
  mkdirSync(dataDir, { recursive: true });
  const db = join(dataDir, 'motcua.db');
  const keptAside: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(db + suffix)) continue;
    const aside = `${db}${suffix}.before-restore-${stamp}`;
    renameSync(db + suffix, aside);
    keptAside.push(aside);
  }
  const partial = `${db}.restoring`;
  rmSync(partial, { force: true });
  copyFileSync(backupFile, partial);
  renameSync(partial, db);
  return { restored: db, lastSeq, keptAside };
}
