/** Who changed which admin setting, and when: one row per change, never updated or deleted. */
import type { Db } from '../sqlite';

export default {
  name: '2026-11-23-030-admin-audit',
  up(db: Db) {
    db.exec(`
      CREATE TABLE admin_audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        by TEXT NOT NULL,
        key TEXT NOT NULL,
        what TEXT NOT NULL
      );
      CREATE INDEX admin_audit_at ON admin_audit (at);
    `);
  },
};
