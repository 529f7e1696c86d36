/**
 * Takes one office's batch in one transaction: the office row is locked (two hub processes taking the
 * same office's batches queue up here), items the hub already holds (seq <= last_seq) are skipped, the
 * rest are written with multi-row inserts, and last_seq moves to the batch's end. A batch sent twice,
 * or by two processes at once, is counted once.
 */
import type pg from 'pg';
import type { IngestBatch, IngestResult, OutboxItem } from '../../server/src/features/outbox/wire';
import { OFFICE_COLUMNS, type OfficeRecord } from './offices';

/** A batch that starts after what the hub holds: the office must resend from `lastSeq`. */
export class GapError extends Error {
  constructor(readonly lastSeq: number) { super(`the hub holds up to ${lastSeq}: resend from there`); }
}

type Of<K extends OutboxItem['kind']> = Extract<OutboxItem, { kind: K }>;

/** The last item per key: a ticket changed three times in a batch is written once, as it ended. */
function lastBy<T extends OutboxItem>(items: T[], key: (i: T) => string): T[] {
  const m = new Map<string, T>();
  for (const i of items) m.set(key(i), i);
  return [...m.values()];
}

const col = <T, V>(rows: T[], f: (r: T) => V) => rows.map(f);

async function writeEvents(c: pg.PoolClient, office: string, items: Of<'event'>[]) {
  if (!items.length) return;
  await c.query(`INSERT INTO office_events (office, journal_seq, src_seq, type, at, ticket_id, service_id, counter_id, staff)
    SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[])
    ON CONFLICT (office, journal_seq) DO NOTHING`,
  [office, col(items, (i) => i.data.journalSeq), col(items, (i) => i.seq), col(items, (i) => i.data.type), col(items, (i) => i.data.at),
    col(items, (i) => i.data.ticketId), col(items, (i) => i.data.serviceId), col(items, (i) => i.data.counterId), col(items, (i) => i.data.staff)]);
}

async function writeTickets(c: pg.PoolClient, office: string, items: Of<'ticket'>[]) {
  if (!items.length) return;
  await c.query(`INSERT INTO office_tickets (office, id, src_seq, day, service_id, counter_id, staff, status, issued_at, first_called_at, called_at, serving_at, finished_at)
    SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])
    ON CONFLICT (office, id) DO UPDATE SET src_seq = excluded.src_seq, day = excluded.day, service_id = excluded.service_id,
      counter_id = excluded.counter_id, staff = excluded.staff, status = excluded.status, issued_at = excluded.issued_at,
      first_called_at = excluded.first_called_at, called_at = excluded.called_at, serving_at = excluded.serving_at, finished_at = excluded.finished_at
    WHERE office_tickets.src_seq < excluded.src_seq`,
  [office, col(items, (i) => i.data.id), col(items, (i) => i.seq), col(items, (i) => i.data.day), col(items, (i) => i.data.serviceId),
    col(items, (i) => i.data.counterId), col(items, (i) => i.data.staff), col(items, (i) => i.data.status), col(items, (i) => i.data.issuedAt),
    col(items, (i) => i.data.firstCalledAt), col(items, (i) => i.data.calledAt), col(items, (i) => i.data.servingAt), col(items, (i) => i.data.finishedAt)]);
}

async function writeRatings(c: pg.PoolClient, office: string, items: Of<'rating'>[]) {
  if (!items.length) return;
  await c.query(`INSERT INTO office_ratings (office, id, src_seq, day, level, service_id, counter_id, staff, at)
    SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[])
    ON CONFLICT (office, id) DO UPDATE SET src_seq = excluded.src_seq, day = excluded.day, level = excluded.level, service_id = excluded.service_id,
      counter_id = excluded.counter_id, staff = excluded.staff, at = excluded.at WHERE office_ratings.src_seq < excluded.src_seq`,
  [office, col(items, (i) => i.data.id), col(items, (i) => i.seq), col(items, (i) => i.data.day), col(items, (i) => i.data.level),
    col(items, (i) => i.data.serviceId), col(items, (i) => i.data.counterId), col(items, (i) => i.data.staff), col(items, (i) => i.data.at)]);
}

async function writeDossiers(c: pg.PoolClient, office: string, items: Of<'dossier'>[]) {
  if (!items.length) return;
  await c.query(`INSERT INTO office_dossiers (office, code, src_seq, procedure_code, procedure_name, field, channel, received_date, due_date, status, resolved_date, returned_date)
    SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
    ON CONFLICT (office, code) DO UPDATE SET src_seq = excluded.src_seq, procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
      field = excluded.field, channel = excluded.channel, received_date = excluded.received_date, due_date = excluded.due_date, status = excluded.status,
      resolved_date = excluded.resolved_date, returned_date = excluded.returned_date WHERE office_dossiers.src_seq < excluded.src_seq`,
  [office, col(items, (i) => i.data.code), col(items, (i) => i.seq), col(items, (i) => i.data.procedureCode), col(items, (i) => i.data.procedureName),
    col(items, (i) => i.data.field), col(items, (i) => i.data.channel), col(items, (i) => i.data.receivedDate), col(items, (i) => i.data.dueDate),
    col(items, (i) => i.data.status), col(items, (i) => i.data.resolvedDate), col(items, (i) => i.data.returnedDate)]);
}

export interface IngestHooks {
  /** Runs after the rows are written and before COMMIT (the tests' "hub killed mid-batch"). */
  beforeCommit?(office: string, items: number): Promise<void> | void;
}

/** Writes a batch for `office` (already authenticated); throws GapError when it would leave a hole. Returns the office's row as the write left it (for the board). */
export async function ingest(pool: pg.Pool, office: string, b: IngestBatch, now: number, hooks: IngestHooks = {}): Promise<{ result: IngestResult; office: OfficeRecord }> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const row = (await c.query<{ last_seq: number }>('SELECT last_seq FROM offices WHERE code = $1 FOR UPDATE', [office])).rows[0];
    if (!row) throw new Error(`no office ${office}`);
    if (b.fromSeq > row.last_seq) throw new GapError(row.last_seq);
    const fresh = b.items.filter((i) => i.seq > row.last_seq);
    const of = <K extends OutboxItem['kind']>(k: K) => fresh.filter((i): i is Of<K> => i.kind === k);
    await writeEvents(c, office, of('event'));
    await writeTickets(c, office, lastBy(of('ticket'), (i) => i.data.id));
    await writeRatings(c, office, lastBy(of('rating'), (i) => String(i.data.id)));
    await writeDossiers(c, office, lastBy(of('dossier'), (i) => i.data.code));
    const lastSeq = Math.max(row.last_seq, b.toSeq);
    const lastItemAt = fresh.length ? Math.max(...fresh.map((i) => i.at)) : null;
    const updated = await c.query<OfficeRecord>(`UPDATE offices SET last_seq = $2, items_total = items_total + $3, last_contact_at = $4,
      last_item_at = GREATEST(last_item_at, $5), backlog = $6, oldest_pending_at = $7, profile = COALESCE($8, profile) WHERE code = $1
      RETURNING ${OFFICE_COLUMNS}`,
    [office, lastSeq, fresh.length, now, lastItemAt, b.backlog, b.oldestPendingAt, b.profile ? JSON.stringify(b.profile) : null]);
    await hooks.beforeCommit?.(office, fresh.length);
    await c.query('COMMIT');
    return { result: { lastSeq, accepted: fresh.length, duplicates: b.items.length - fresh.length }, office: updated.rows[0]! };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
