/** Snapshots carry the format of the state they hold; a build with a newer state shape skips older ones and replays. */
import type { Db } from '../sqlite';

export default {
  name: '2026-12-01-040-snapshot-format',
  up(db: Db) {
    db.exec('ALTER TABLE snapshots ADD COLUMN format INTEGER NOT NULL DEFAULT 1');
  },
};
