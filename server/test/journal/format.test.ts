/** The database's format version: older ones are migrated forward (with a copy first), newer ones refused. */
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../src/app/event-bus';
import { QueueService } from '../../src/app/queue-service';
import { openDb } from '../../src/journal/db';
import { JOURNAL_FORMAT, JournalFormatError, SNAPSHOT_FORMAT } from '../../src/journal/format';
import { Journal } from '../../src/journal/journal';
import { migrations } from '../../src/journal/migrations';
import { createLogger } from '../../src/log';
import { demoConfig, tempDir } from '../integration/helpers';
import { toSetup } from '../../src/app/setup-from-config';

/** A database as a build before format versions left it: the first five migrations, user_version 0, some events and a snapshot. */
function oldDatabase(dir: string): void {
  const db = new Database(join(dir, 'motcua.db'));
  db.exec('CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  for (const m of migrations.filter((x) => x.name < '2026-12-01')) {
    m.up(db);
    db.prepare('INSERT INTO migrations VALUES (?, ?)').run(m.name, 1);
  }
  db.close();
}

/** The service writes snapshots on the next turn of the event loop: let them land before a database is closed. */
const settled = () => new Promise((r) => setImmediate(r));
const service = (dir: string) => new QueueService(new Journal(openDb(dir)), new EventBus(createLogger('silent')));

describe('opening an older database', () => {
  it('migrates it forward to this format, copying it to backups/ first, and the queue state survives', async () => {
    const dir = tempDir();
    oldDatabase(dir);
    // Events written by the older build: the same rows, made here by today's service on a scratch database.
    const scratch = service(tempDir());
    scratch.applyConfigSetup(toSetup(demoConfig()), 'h', Date.parse('2026-12-01T01:00:00Z'));
    scratch.execute({ type: 'issueTicket', ticketId: 'a', serviceId: 'hotich', at: Date.parse('2026-12-01T01:01:00Z') } as never, 'kiosk');
    await settled();
    const rows = scratch.journal.db.prepare('SELECT seq, at, type, actor, data FROM events ORDER BY seq').all() as Array<Record<string, unknown>>;
    const old = new Database(join(dir, 'motcua.db'));
    for (const r of rows) old.prepare('INSERT INTO events (seq, at, type, actor, data) VALUES (@seq, @at, @type, @actor, @data)').run(r);
    old.prepare('INSERT INTO snapshots (seq, state, created_at) VALUES (?, ?, ?)').run(rows.length, JSON.stringify(scratch.state), 1);
    old.close();
    const q = service(dir);
    const db = q.journal.db;
    expect(db.pragma('user_version', { simple: true })).toBe(JOURNAL_FORMAT);
    expect(db.prepare('SELECT format FROM snapshots').pluck().all()).toEqual([1]);
    expect(q.state.tickets.get('a')?.number).toBeDefined();
    expect(readdirSync(join(dir, 'backups')).some((n) => n.startsWith('pre-upgrade-'))).toBe(true);
    db.close();
  });

  it('skips a snapshot of another state format and replays the events instead', async () => {
    const dir = tempDir();
    const q = service(dir);
    q.applyConfigSetup(toSetup(demoConfig()), 'h', Date.parse('2026-12-01T01:00:00Z'));
    q.execute({ type: 'issueTicket', ticketId: 'b', serviceId: 'hotich', at: Date.parse('2026-12-01T01:01:00Z') } as never, 'kiosk');
    await settled();
    // A snapshot claiming to hold nothing, in a format this build does not read: it must not be used.
    q.journal.db.prepare('DELETE FROM snapshots').run();
    q.journal.db.prepare('INSERT INTO snapshots (seq, state, created_at, format) VALUES (?, ?, ?, ?)').run(q.journal.lastSeq(), '{"tickets":{}}', 1, SNAPSHOT_FORMAT + 1);
    expect(q.journal.latestSnapshot()).toBeNull();
    expect(QueueService.rebuild(q.journal).tickets.get('b')).toBeDefined();
    q.journal.db.close();
  });
});

describe('opening a newer database', () => {
  it('a higher format is refused, naming both formats', () => {
    const dir = tempDir();
    openDb(dir).close();
    const db = new Database(join(dir, 'motcua.db'));
    db.pragma(`user_version = ${JOURNAL_FORMAT + 1}`);
    db.close();
    expect(() => openDb(dir)).toThrow(JournalFormatError);
    expect(() => openDb(dir)).toThrow(`format ${JOURNAL_FORMAT + 1}); this build reads up to format ${JOURNAL_FORMAT}`);
  });

  it('a migration this build does not know is refused, and nothing is changed', () => {
    const dir = tempDir();
    openDb(dir).close();
    const db = new Database(join(dir, 'motcua.db'));
    db.prepare('INSERT INTO migrations VALUES (?, ?)').run('2099-01-01-001-future', 1);
    db.close();
    expect(() => openDb(dir)).toThrow(/migration 2099-01-01-001-future/);
    const after = new Database(join(dir, 'motcua.db'));
    expect(after.prepare('SELECT COUNT(*) FROM migrations').pluck().get()).toBe(migrations.length + 1);
    after.close();
  });
});
