/** Thin SQL loading for reports: tickets of the period, dossiers, and ratings once the rating feature's table exists. */
import type { Db } from '../../journal/db';
import type { RatingRow } from './rating-figures';
import type { TicketRow } from './ticket-figures';

/** Tickets whose business day lies in [from, to]. */
export function loadTickets(db: Db, from: string, to: string): TicketRow[] {
  return db.prepare(`SELECT service_id AS serviceId, counter_id AS counterId, staff_id AS staffId, status, issued_at AS issuedAt,
    first_called_at AS firstCalledAt, serving_at AS servingAt, called_at AS calledAt, finished_at AS finishedAt
    FROM tickets WHERE day BETWEEN ? AND ?`).all(from, to) as TicketRow[];
}

/** Ratings given in [fromMs, toMs), from the `ratings` table (migration 2026-11-23-010). */
export function loadRatings(db: Db, fromMs: number, toMs: number): RatingRow[] {
  return db.prepare(`SELECT level, service_id AS serviceId, counter_id AS counterId, staff_id AS staffId, at
    FROM ratings WHERE at >= ? AND at < ?`).all(fromMs, toMs) as RatingRow[];
}
