/** The journal of queue events, its snapshots, the ticket projection and staff sessions. */
import type { Db } from '../sqlite';

export default {
  name: '2026-11-23-001-journal',
  up(db: Db) {
    db.exec(`
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        actor TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX events_at ON events (at);
      CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, state TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL,
        seq INTEGER NOT NULL,
        service_id TEXT NOT NULL,
        original_service_id TEXT NOT NULL,
        priority TEXT,
        day TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        status TEXT NOT NULL,
        counter_id TEXT,
        staff_id TEXT,
        first_called_at INTEGER,
        called_at INTEGER,
        serving_at INTEGER,
        finished_at INTEGER,
        recalls INTEGER NOT NULL DEFAULT 0,
        transfers INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX tickets_day ON tickets (day);
      CREATE INDEX tickets_issued ON tickets (issued_at);
      CREATE TABLE sessions (
        token_sha256 TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        role TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `);
  },
};
