/**
 * The database's format version, so an upgrade is a rule and not a hope: a newer build migrates an older
 * database forward at start (dated migrations, then PRAGMA user_version); an older build refuses a newer one.
 */
import type { Db } from './sqlite';
import type { Migration } from './migrations';

/**
 * The journal's format: bump it with a migration that rewrites stored events when their shape changes.
 * 1 = databases made before the version was written (user_version 0); 2 = snapshots carry their own format.
 */
export const JOURNAL_FORMAT = 2;
/** The shape of a snapshot's QueueState: bump it when QueueState changes; older snapshots are then skipped (replayed). */
export const SNAPSHOT_FORMAT = 1;

/** A database this build cannot read safely: written by a newer motcua. The server exits with code 2. */
export class JournalFormatError extends Error {
  constructor(readonly file: string, readonly found: string, readonly expected: string) {
    super(`${file}: cơ sở dữ liệu do phiên bản motcua mới hơn tạo (${found}); phiên bản này chỉ đọc tới ${expected}. ` +
      `Hãy cài lại phiên bản mới hơn, hoặc khôi phục bản sao lưu do phiên bản này tạo (npm run restore). / ` +
      `this database was written by a newer motcua (${found}); this build reads up to ${expected}. ` +
      'Install the newer version again, or restore a backup this version made (npm run restore).');
    this.name = 'JournalFormatError';
  }
}

/** The format a database is at (1 for one made before versions were written). */
export function formatOf(db: Db): number {
  return Math.max(1, db.pragma('user_version', { simple: true }) as number);
}

/** Throws JournalFormatError when the database is newer than this build: a higher format, or migrations it does not know. */
export function refuseNewer(db: Db, file: string, known: readonly Migration[]): void {
  const format = formatOf(db);
  if (format > JOURNAL_FORMAT) throw new JournalFormatError(file, `format ${format}`, `format ${JOURNAL_FORMAT}`);
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  if (!hasTable) return;
  const names = new Set(known.map((m) => m.name));
  const unknown = (db.prepare('SELECT name FROM migrations ORDER BY name').pluck().all() as string[]).filter((n) => !names.has(n));
  if (unknown.length) throw new JournalFormatError(file, `migration ${unknown.join(', ')}`, `migration ${[...names].sort().at(-1)}`);
}
