/** The event journal: append a command's events in one transaction, read them back, keep snapshots. */
import { stateFromJson, stateToJson, type QueueEvent, type QueueState, type StateJson, type Ticket } from '../core';
import type { Db } from './db';
import { SNAPSHOT_FORMAT } from './format';
import { projectTickets } from './ticket-projection';

export interface StoredEvent { seq: number; event: QueueEvent; actor: string }

/** The journal over an open database. All writes are synchronous: durable when the call returns. */
export class Journal {
  private readonly insert;
  private readonly metaSet;
  constructor(readonly db: Db) {
    this.insert = db.prepare('INSERT INTO events (at, type, actor, data) VALUES (?, ?, ?, ?)');
    this.metaSet = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  /**
   * Appends the events of one command, updates the ticket projection and any meta keys, all in
   * one transaction (synchronous=FULL: on disk before this returns). Returns the stored events.
   */
  append(events: readonly QueueEvent[], actor: string, after: QueueState, meta: Record<string, string> = {}): StoredEvent[] {
    return this.db.transaction(() => {
      const stored = events.map((event) => {
        const info = this.insert.run(event.at, event.type, actor, JSON.stringify(event));
        return { seq: Number(info.lastInsertRowid), event, actor };
      });
      projectTickets(this.db, events, after);
      for (const [k, v] of Object.entries(meta)) this.metaSet.run(k, v);
      return stored;
    })();
  }

  /** Events after a sequence number, in order. */
  *readFrom(afterSeq: number): Generator<StoredEvent> {
    const rows = this.db.prepare('SELECT seq, actor, data FROM events WHERE seq > ? ORDER BY seq').iterate(afterSeq) as Iterable<{ seq: number; actor: string; data: string }>;
    for (const r of rows) yield { seq: r.seq, actor: r.actor, event: JSON.parse(r.data) as QueueEvent };
  }

  /** The last sequence number written. */
  lastSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM events').pluck().get() as number) ?? 0;
  }

  /** Saves the state as of a sequence number, so start-up need not replay everything. */
  saveSnapshot(seq: number, state: QueueState, at: number): void {
    this.db.prepare('INSERT OR REPLACE INTO snapshots (seq, state, created_at, format) VALUES (?, ?, ?, ?)').run(seq, JSON.stringify(stateToJson(state)), at, SNAPSHOT_FORMAT);
    this.db.prepare('DELETE FROM snapshots WHERE seq < (SELECT MIN(seq) FROM (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT 3))').run();
  }

  /** The newest snapshot of this build's state format, if any (one of an older format is skipped: the events are replayed). */
  latestSnapshot(): { seq: number; state: QueueState } | null {
    const row = this.db.prepare('SELECT seq, state FROM snapshots WHERE format = ? ORDER BY seq DESC LIMIT 1').get(SNAPSHOT_FORMAT) as { seq: number; state: string } | undefined;
    return row ? { seq: row.seq, state: stateFromJson(JSON.parse(row.state) as StateJson) } : null;
  }

  /** A ticket of any day from the projection, or null. */
  archivedTicket(id: string): Ticket | null {
    const row = this.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
    return row ? ticketFromRow(row) : null;
  }

  /** A value from the meta table. */
  meta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }
}

interface TicketRow {
  id: string; number: string; seq: number; service_id: string; priority: string | null; day: string; issued_at: number;
  source: Ticket['source']; status: Ticket['status']; counter_id: string | null; staff_id: string | null;
  first_called_at: number | null; called_at: number | null; serving_at: number | null; finished_at: number | null;
  recalls: number; transfers: number;
}

/** A ticket from the projection (any day), shaped like a live one. */
function ticketFromRow(r: TicketRow): Ticket {
  return {
    id: r.id, number: r.number, seq: r.seq, serviceId: r.service_id, priority: r.priority, day: r.day, issuedAt: r.issued_at,
    source: r.source, status: r.status, targetCounterId: null, counterId: r.counter_id, staffId: r.staff_id,
    firstCalledAt: r.first_called_at, calledAt: r.called_at, recalls: r.recalls, servingAt: r.serving_at,
    finishedAt: r.finished_at, transfers: r.transfers,
  };
}
