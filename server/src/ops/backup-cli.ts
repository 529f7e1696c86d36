/** `npm run backup`: an online backup of the data folder's database into its backups/, safe while the server runs. */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadSiteConfig } from '@motcua/config';
import { localParts } from '../core/day';
import { backupName, backupsDir, backupTo, pruneBackups } from '../journal/backup';
import { readEnv } from './env';

const env = readEnv();
const file = join(env.dataDir, 'motcua.db');
if (!existsSync(file)) {
  console.error(`Không có cơ sở dữ liệu / no database at ${file} (MOTCUA_DATA)`);
  process.exit(2);
}
// The config gives the time zone and how long backups are kept; without one, UTC+7 and nothing is pruned.
let timeZone = 'Asia/Ho_Chi_Minh', keepDays: number | null = null;
try {
  const c = loadSiteConfig(env.configPath);
  timeZone = c.timeZone;
  keepDays = c.backup.keepDays;
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`(config ${env.configPath} not used: ${e.problems[0]})`);
}
const now = Date.now();
const { date, minutes } = localParts(now, timeZone);
const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}${String(new Date(now).getUTCSeconds()).padStart(2, '0')}`;
const db = new Database(file, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  const r = await backupTo(db, join(backupsDir(env.dataDir), backupName(date, time)), { sameConnection: false });
  console.log(`${r.file}\n  ${r.pages} trang / pages, nhật ký tới / journal up to #${r.lastSeq}, ${r.ms} ms`);
  if (keepDays !== null) for (const gone of pruneBackups(backupsDir(env.dataDir), keepDays, date)) console.log(`  removed ${gone} (older than ${keepDays} days)`);
} catch (e) {
  console.error(`Sao lưu thất bại / backup failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
