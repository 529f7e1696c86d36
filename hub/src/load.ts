/** Reads the rows of a period from the hub's tables, per office, shaped as the office's reports read its own. */
import type pg from 'pg';
import type { Dossier } from '../../server/src/features/dossiers/model';
import type { RatingRow } from '../../server/src/features/reports/rating-figures';
import type { TicketRow } from '../../server/src/features/reports/ticket-figures';

/** One office's rows for a report. */
export interface OfficeRows { tickets: TicketRow[]; ratings: RatingRow[]; dossiers: Dossier[] }

const group = <T extends { office: string }>(rows: T[], out: Map<string, OfficeRows>, put: (o: OfficeRows, r: T) => void) => {
  for (const r of rows) {
    let o = out.get(r.office);
    if (!o) out.set(r.office, (o = { tickets: [], ratings: [], dossiers: [] }));
    put(o, r);
  }
};

/**
 * The rows of offices `codes` for the period: tickets by business day, ratings by instant in
 * [fromMs, toMs), dossiers received up to `to` (what the office's report loads).
 */
export async function loadRows(pool: pg.Pool, codes: string[], p: { from: string; to: string; fromMs: number; toMs: number }): Promise<Map<string, OfficeRows>> {
  const out = new Map<string, OfficeRows>(codes.map((c) => [c, { tickets: [], ratings: [], dossiers: [] }]));
  const [t, r, d] = await Promise.all([
    pool.query<TicketRow & { office: string }>(`SELECT office, service_id AS "serviceId", counter_id AS "counterId", staff AS "staffId", status,
      issued_at AS "issuedAt", first_called_at AS "firstCalledAt", serving_at AS "servingAt", called_at AS "calledAt", finished_at AS "finishedAt"
      FROM office_tickets WHERE office = ANY($1) AND day BETWEEN $2 AND $3`, [codes, p.from, p.to]),
    pool.query<RatingRow & { office: string }>(`SELECT office, level, service_id AS "serviceId", counter_id AS "counterId", staff AS "staffId", at
      FROM office_ratings WHERE office = ANY($1) AND at >= $2 AND at < $3`, [codes, p.fromMs, p.toMs]),
    pool.query<Dossier & { office: string }>(`SELECT office, code, procedure_code AS "procedureCode", procedure_name AS "procedureName", field,
      NULL AS "applicantName", channel, received_date AS "receivedDate", due_date AS "dueDate", status, resolved_date AS "resolvedDate",
      returned_date AS "returnedDate" FROM office_dossiers WHERE office = ANY($1) AND received_date <= $2`, [codes, p.to]),
  ]);
  group(t.rows, out, (o, x) => { const { office: _o, ...row } = x; o.tickets.push(row); });
  group(r.rows, out, (o, x) => { const { office: _o, ...row } = x; o.ratings.push(row); });
  group(d.rows, out, (o, x) => { const { office: _o, ...row } = x; o.dossiers.push(row); });
  return out;
}
