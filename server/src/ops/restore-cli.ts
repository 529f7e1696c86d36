/** `npm run restore -- <file>`: puts a backup back as the data folder's database (the server must be stopped). */
import { BackupError } from '../journal/backup';
import { JournalFormatError } from '../journal/format';
import { readEnv } from './env';
import { restoreBackup } from './restore';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- <backup file>   (MOTCUA_DATA: the data folder to restore into)');
  process.exit(2);
}
const env = readEnv();
try {
  const r = restoreBackup(file, env.dataDir);
  console.log(`Đã khôi phục / restored ${file}\n  -> ${r.restored} (journal up to #${r.lastSeq})`);
  for (const a of r.keptAside) console.log(`  the database before the restore is kept as ${a}`);
  console.log('Start the service again.');
} catch (e) {
  if (!(e instanceof BackupError || e instanceof JournalFormatError)) throw e;
  console.error(`Không khôi phục / not restored: ${e.message}`);
  process.exit(2);
}
