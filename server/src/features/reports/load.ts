/** Thin SQL loading for reports: tickets of the period, dossiers, and ratings once the rating feature's table exists. */
import type { Db } from '../../journal/db';
import type { RatingRow } from './rating-figures';
import type { TicketRow } from './ticket-figures';

/** Tickets whose business day lies in [from, to], each marked when it was called back after a no-show. */
export function loadTickets(db: Db, from: string, to: string): TicketRow[] {
  const rows = db.prepare(`SELECT id, service_id AS serviceId, counter_id AS counterId, staff_id AS staffId, status, issued_at AS issuedAt,
    first_called_at AS firstCalledAt, serving_at AS servingAt, called_at AS calledAt, finished_at AS finishedAt
    FROM tickets WHERE day BETWEEN ? AND ?`).all(from, to) as Array<TicketRow & { id: string }>;
  if (rows.length === 0) return [];
  // Call-backs are journal events, all after the period's first ticket was issued.
  const since = rows.reduce((m, r) => Math.min(m, r.issuedAt), Infinity);
  const back = new Set(db.prepare(`SELECT json_extract(data, '$.ticketId') FROM events WHERE type = 'NoShowCalledBack' AND at >= ?`)
    .pluck().all(since) as string[]);
  return rows.map(({ id, ...r }) => (back.has(id) ? { ...r, calledBack: true } : r));
}

/** Ratings given in [fromMs, toMs), from the `ratings` table (migration 2026-11-23-010). */
export function loadRatings(db: Db, fromMs: number, toMs: number): RatingRow[] {
  return db.prepare(`SELECT level, service_id AS serviceId, counter_id AS counterId, staff_id AS staffId, at
    FROM ratings WHERE at >= ? AND at < ?`).all(fromMs, toMs) as RatingRow[];
}
