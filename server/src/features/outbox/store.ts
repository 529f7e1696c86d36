/**
 * The office side of the outbox (tables hub_outbox and hub_forward, filled by triggers): enabling it
 * with a backfill of the history, reading the next batch as whitelisted items, acknowledging, pruning.
 */
import { createHash } from 'node:crypto';
import type { ForwardState } from '../../contract';
import type { Db } from '../../journal/db';
import type { OutboxItem } from './wire';

/** A staff account as the hub sees it: a stable pseudonym, never the username (which may be a name). */
function staffAlias(username: string | null): string | null {
  if (username === null) return null;
  let a = aliases.get(username);
  if (!a) aliases.set(username, (a = `cb-${createHash('sha256').update(username).digest('hex').slice(0, 10)}`));
  return a;
}
const aliases = new Map<string, string>();

/** Turns forwarding on; the first time, the outbox gets the whole history (events, tickets, ratings, dossiers) in that order. */
export function enableForwarding(db: Db, hubUrl: string): boolean {
  return db.transaction(() => {
    const on = db.prepare('SELECT enabled FROM hub_forward WHERE id = 1').pluck().get() === 1;
    db.prepare('UPDATE hub_forward SET enabled = 1, hub_url = ? WHERE id = 1').run(hubUrl);
    if (on) return false;
    db.exec(`INSERT INTO hub_outbox (kind, ref, at) SELECT 'event', seq, at FROM events ORDER BY seq;
      INSERT INTO hub_outbox (kind, ref, at) SELECT 'ticket', id, issued_at FROM tickets ORDER BY issued_at, id;
      INSERT INTO hub_outbox (kind, ref, at) SELECT 'rating', id, at FROM ratings ORDER BY id;
      INSERT INTO hub_outbox (kind, ref, at) SELECT 'dossier', code, updated_at FROM dossiers ORDER BY updated_at, code;`);
    return true;
  })();
}

/**
 * Turns forwarding off (the config lost its `hub:` section) and empties the outbox, so it does not grow
 * for nobody. Enabling it again queues the whole history anew; the hub keeps every figure once by its
 * own key (office + journal sequence, ticket id, rating id, dossier code). Returns whether it was on.
 */
export function disableForwarding(db: Db): boolean {
  return db.transaction(() => {
    const on = db.prepare('SELECT enabled FROM hub_forward WHERE id = 1').pluck().get() === 1;
    if (on) {
      db.prepare('UPDATE hub_forward SET enabled = 0, last_error = NULL WHERE id = 1').run();
      db.prepare('DELETE FROM hub_outbox').run();
    }
    return on;
  })();
}

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Reads outbox rows after `afterSeq` as items; a row whose source is gone (never expected) is skipped. */
export function readBatch(db: Db, afterSeq: number, limit: number): { items: OutboxItem[]; lastSeq: number } {
  const last = db.prepare('SELECT MAX(seq) FROM (SELECT seq FROM hub_outbox WHERE seq > ? ORDER BY seq LIMIT ?)').pluck().get(afterSeq, limit) as number | null;
  if (last === null) return { items: [], lastSeq: afterSeq };
  // One join per kind over the range, not one look-up per row: a batch of 500 is read in a few milliseconds.
  const range = (kind: string, join: string) => db.prepare(`SELECT o.seq AS o_seq, o.at AS o_at, x.* FROM hub_outbox o JOIN ${join}
    WHERE o.kind = '${kind}' AND o.seq > ? AND o.seq <= ?`).all(afterSeq, last) as Row[];
  const items: OutboxItem[] = [];
  const base = (r: Row) => ({ seq: Number(r.o_seq), at: Number(r.o_at) });
  for (const r of range('event', 'events x ON x.seq = CAST(o.ref AS INTEGER)')) items.push({ ...base(r), kind: 'event', data: eventData(r as never) });
  for (const r of range('ticket', 'tickets x ON x.id = o.ref')) items.push({ ...base(r), kind: 'ticket', data: ticketData(r) });
  for (const r of range('rating', 'ratings x ON x.id = CAST(o.ref AS INTEGER)')) {
    items.push({ ...base(r), kind: 'rating', data: { id: Number(r.id), day: String(r.day), level: String(r.level), serviceId: str(r.service_id), counterId: str(r.counter_id), staff: staffAlias(str(r.staff_id)), at: Number(r.at) } });
  }
  for (const r of range('dossier', 'dossiers x ON x.code = o.ref')) items.push({ ...base(r), kind: 'dossier', data: dossierData(r) });
  return { items: items.sort((a, b) => a.seq - b.seq), lastSeq: last };
}

function eventData(r: { seq: number; at: number; type: string; data: string }): Extract<OutboxItem, { kind: 'event' }>['data'] {
  const e = JSON.parse(r.data) as Row & { ticket?: Row };
  return {
    journalSeq: r.seq, type: r.type, at: r.at,
    ticketId: str(e.ticketId ?? e.ticket?.id), serviceId: str(e.ticket?.serviceId ?? e.toServiceId),
    counterId: str(e.counterId ?? e.fromCounterId), staff: staffAlias(str(e.staffId)),
  };
}

function ticketData(r: Row): Extract<OutboxItem, { kind: 'ticket' }>['data'] {
  return {
    id: String(r.id), day: String(r.day), serviceId: String(r.service_id), counterId: str(r.counter_id), staff: staffAlias(str(r.staff_id)),
    status: String(r.status), issuedAt: Number(r.issued_at), firstCalledAt: num(r.first_called_at), calledAt: num(r.called_at),
    servingAt: num(r.serving_at), finishedAt: num(r.finished_at),
  };
}

function dossierData(r: Row): Extract<OutboxItem, { kind: 'dossier' }>['data'] {
  return {
    code: String(r.code), procedureCode: str(r.procedure_code), procedureName: String(r.procedure_name), field: String(r.field),
    channel: r.channel as 'truc_tiep', receivedDate: String(r.received_date), dueDate: String(r.due_date), status: r.status as 'da_tra',
    resolvedDate: str(r.resolved_date), returnedDate: str(r.returned_date),
  };
}

/** Records what the hub holds; rows it holds that are older than `keepMs` are deleted (kept a while in case the hub is restored from a backup). */
export function acknowledge(db: Db, lastSeq: number, now: number, keepMs: number, exact = false): void {
  db.transaction(() => {
    // Answers may arrive out of order: the acknowledged sequence only moves forward, unless the hub says it holds less (exact).
    db.prepare(`UPDATE hub_forward SET acked_seq = ${exact ? '?' : 'MAX(acked_seq, ?)'}, last_sent_at = ?, last_ok_at = ?, last_error = NULL WHERE id = 1`).run(lastSeq, now, now);
    db.prepare('DELETE FROM hub_outbox WHERE seq <= ? AND at < ?').run(lastSeq, now - keepMs);
  })();
}

/** Records a failed send; the backlog stays where it is. */
export function recordError(db: Db, message: string, now: number): void {
  db.prepare('UPDATE hub_forward SET last_error = ?, last_error_at = ? WHERE id = 1').run(message.slice(0, 500), now);
}

/** The forwarding state now. */
export function forwardState(db: Db): ForwardState {
  const f = db.prepare('SELECT * FROM hub_forward WHERE id = 1').get() as Row;
  const acked = Number(f.acked_seq);
  const pending = db.prepare('SELECT COUNT(*) AS n, MIN(at) AS oldest FROM hub_outbox WHERE seq > ?').get(acked) as { n: number; oldest: number | null };
  const last = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM hub_outbox').pluck().get() as number;
  return {
    enabled: f.enabled === 1, ackedSeq: acked, lastSeq: Math.max(last, acked), backlog: pending.n, oldestPendingAt: pending.oldest,
    lastSentAt: num(f.last_sent_at), lastOkAt: num(f.last_ok_at), lastError: str(f.last_error), lastErrorAt: num(f.last_error_at), hubUrl: str(f.hub_url),
  };
}
