/** Where a staff session was opened from (address, browser), so the admin can tell sessions apart and end one. */
import type { Db } from '../sqlite';

export default {
  name: '2026-12-01-040-session-client',
  up(db: Db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN ip TEXT NOT NULL DEFAULT '';
      ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
      CREATE INDEX sessions_username ON sessions (username);
    `);
  },
};
