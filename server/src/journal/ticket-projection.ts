/** Keeps the `tickets` table (one row per ticket ever issued) in step with the journal, for look-ups and reports. */
import type { QueueEvent, QueueState, Ticket } from '../core';
import type { Db } from './db';
import type { Statement } from 'better-sqlite3';

const UPSERT = `INSERT INTO tickets (id, number, seq, service_id, original_service_id, priority, day, issued_at, source, status,
  counter_id, staff_id, first_called_at, called_at, serving_at, finished_at, recalls, transfers)
  VALUES (@id, @number, @seq, @serviceId, @serviceId, @priority, @day, @issuedAt, @source, @status,
  @counterId, @staffId, @firstCalledAt, @calledAt, @servingAt, @finishedAt, @recalls, @transfers)
  ON CONFLICT(id) DO UPDATE SET service_id = excluded.service_id, status = excluded.status, counter_id = excluded.counter_id,
  staff_id = excluded.staff_id, first_called_at = excluded.first_called_at, called_at = excluded.called_at,
  serving_at = excluded.serving_at, finished_at = excluded.finished_at, recalls = excluded.recalls, transfers = excluded.transfers`;

function ticketIdsOf(e: QueueEvent): string[] {
  switch (e.type) {
    case 'TicketIssued': return [e.ticket.id];
    case 'TicketCalled': case 'TicketRecalled': case 'ServiceStarted': case 'TicketCompleted':
    case 'TicketNoShow': case 'TicketTransferred': case 'TicketCancelled':
      return [e.ticketId];
    default: return [];
  }
}

const statements = new WeakMap<Db, { upsert: Statement; finish: Statement }>();

/** Prepared once per database: this runs in every command's transaction. */
function prepared(db: Db) {
  let st = statements.get(db);
  if (!st) {
    st = { upsert: db.prepare(UPSERT), finish: db.prepare('UPDATE tickets SET status = ?, finished_at = ? WHERE id = ?') };
    statements.set(db, st);
  }
  return st;
}

/** Writes the rows the events touched. Runs inside the journal's transaction. */
export function projectTickets(db: Db, events: readonly QueueEvent[], after: QueueState): void {
  const { upsert, finish } = prepared(db);
  const touched = new Set<string>();
  for (const e of events) {
    if (e.type === 'DayRolledOver') {
      // These tickets leave the live state, so their final status is written from the event itself.
      for (const id of e.expired) finish.run('expired', e.at, id);
      for (const id of e.autoCompleted) finish.run('done', e.at, id);
      for (const id of e.carried) touched.add(id);
    }
    for (const id of ticketIdsOf(e)) touched.add(id);
  }
  for (const id of touched) {
    const t: Ticket | undefined = after.tickets.get(id);
    if (t) upsert.run(t);
  }
}
