/** Settings an admin changed in /admin (staff accounts, device tokens, notices, rating reasons), merged over the config file's. */
import type { Db } from '../sqlite';

export default {
  name: '2026-11-23-011-admin-settings',
  up(db: Db) {
    db.exec(`
      CREATE TABLE admin_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL
      );
    `);
  },
};
