/** Opens the office database: WAL, synchronous=FULL (power cuts are a fact of life), migrations at boot. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_FORMAT, refuseNewer } from './format';
import { migrations } from './migrations';

import type { Db } from './sqlite';

export type { Db };

/**
 * Opens (and creates) `<dataDir>/motcua.db` and brings it up to this build's format; a database with office data
 * is first copied to backups/ when it is about to be migrated. Throws JournalFormatError for a newer database.
 */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'motcua.db');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    refuseNewer(db, file, migrations);
    if (pending(db).length && hasEvents(db)) copyBeforeUpgrade(db, dataDir);
    migrate(db);
    db.pragma(`user_version = ${JOURNAL_FORMAT}`);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function pending(db: Db): string[] {
  const done = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get()
    ? new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]) : new Set<string>();
  return migrations.map((m) => m.name).filter((n) => !done.has(n));
}

const hasEvents = (db: Db) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()
  && !!db.prepare('SELECT 1 FROM events LIMIT 1').get();

/** A consistent copy of the database as it was before an upgrade: the way back if the new version misbehaves. */
function copyBeforeUpgrade(db: Db, dataDir: string): void {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  db.prepare('VACUUM INTO ?').run(join(dir, `pre-upgrade-${stamp}.db`));
}

/** Runs every migration not yet applied, each in its own transaction, in name order. */
function migrate(db: Db): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const done = new Set(db.prepare('SELECT name FROM migrations').pluck().all() as string[]);
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, Date.now());
    })();
    applied.push(m.name);
  }
  return applied;
}
