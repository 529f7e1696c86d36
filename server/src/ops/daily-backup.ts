/** The daily backup inside the server: once a local day from `backup.at` (or at start if that hour has passed), then old ones pruned. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '@motcua/config';
import { localParts, parseHhMm } from '../core/day';
import { backupName, backupsDir, backupTo, pruneBackups, type BackupResult } from '../journal/backup';
import type { Db } from '../journal/db';
import type { Logger } from '../log';

export interface DailyBackups { stop(): Promise<void>; /** Runs the check now (tests, and at start). */ check(): Promise<BackupResult | null> }

const EVERY_MS = 5 * 60_000;

/** Starts the daily backups of a server's database; check() is also run once at start. */
export function startDailyBackups(db: Db, dataDir: string, config: Pick<SiteConfig, 'backup' | 'timeZone'>, log: Logger, now: () => number = Date.now): DailyBackups {
  let running: Promise<BackupResult | null> | null = null;
  let stopped = false;
  const dir = backupsDir(dataDir);
  const check = async (): Promise<BackupResult | null> => {
    if (stopped || !config.backup.enabled) return null;
    const { date, minutes } = localParts(now(), config.timeZone);
    const file = join(dir, backupName(date));
    if (minutes < parseHhMm(config.backup.at) || existsSync(file)) return null;
    try {
      const r = await backupTo(db, file, { sameConnection: true });
      log.info(`backup ${r.file}: ${r.pages} pages, journal up to #${r.lastSeq}, ${r.ms} ms`);
      for (const gone of pruneBackups(dir, config.backup.keepDays, date)) log.info(`backup ${gone} removed (older than ${config.backup.keepDays} days)`);
      return r;
    } catch (e) {
      log.error(`backup ${file} failed`, e);
      return null;
    }
  };
  const tick = () => { if (!running) running = check().finally(() => { running = null; }); return running; };
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  void tick();
  return {
    check: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
