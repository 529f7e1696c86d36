/** Citizens' ratings of a finished ticket: one per ticket, enforced by the database. */
import type { Db } from '../sqlite';

export default {
  name: '2026-11-23-010-ratings',
  up(db: Db) {
    db.exec(`
      CREATE TABLE ratings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ticket_id TEXT NOT NULL UNIQUE,
        ticket_number TEXT NOT NULL,
        day TEXT NOT NULL,
        service_id TEXT,
        counter_id TEXT,
        staff_id TEXT,
        level TEXT NOT NULL,
        reasons TEXT NOT NULL DEFAULT '[]',
        at INTEGER NOT NULL,
        by TEXT NOT NULL
      );
      CREATE INDEX ratings_at ON ratings (at);
      CREATE INDEX ratings_day ON ratings (day);
    `);
  },
};
