/** Queue figures from the `tickets` table rows: issued, waiting and service times (mean, p90), no-shows. */
import type { TicketFigures, TicketReport } from '../../contract/reports';
import { localParts } from '../../core/day';

export interface TicketRow {
  serviceId: string; counterId: string | null; staffId: string | null; status: string;
  issuedAt: number; firstCalledAt: number | null; servingAt: number | null; calledAt: number | null; finishedAt: number | null;
  /** Marked absent, then called back the same day (NoShowCalledBack). */
  calledBack?: boolean;
}
/** Nearest-rank 90th percentile of seconds; null for none. */
export function p90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1]!;
}
const mean = (v: readonly number[]) => (v.length ? Math.round(v.reduce((a, b) => a + b, 0) / v.length) : null);

function figures(id: string, name: string, rows: readonly TicketRow[]): TicketFigures {
  const waits: number[] = [];
  const services: number[] = [];
  let served = 0;
  let noShow = 0;
  let afterNoShow = 0;
  for (const t of rows) {
    if (t.firstCalledAt !== null) waits.push(Math.round((t.firstCalledAt - t.issuedAt) / 1000));
    if (t.status === 'noShow') noShow++;
    if (t.status === 'done') {
      served++;
      if (t.calledBack) afterNoShow++;
      const start = t.servingAt ?? t.calledAt;
      if (start !== null && t.finishedAt !== null) services.push(Math.round((t.finishedAt - start) / 1000));
    }
  }
  return { id, name, issued: rows.length, served, noShow, servedAfterNoShow: afterNoShow, waitMean: mean(waits), waitP90: p90(waits), serviceMean: mean(services), serviceP90: p90(services) };
}

function by(rows: readonly TicketRow[], key: (t: TicketRow) => string | null, name: (id: string) => string): TicketFigures[] {
  const m = new Map<string, TicketRow[]>();
  for (const t of rows) { const k = key(t); if (k === null) continue; const g = m.get(k); if (g) g.push(t); else m.set(k, [t]); } // push: a province's year is 10^5 rows
  return [...m].map(([id, rs]) => figures(id, name(id), rs));
}

/** Ticket figures in total and per service, counter, staff member and hour of issue (office time zone). */
export function ticketFigures(rows: readonly TicketRow[], timeZone: string,
  names: { service(id: string): string; counter(id: string): string; staff(id: string): string }): TicketReport {
  const hourOf = (t: TicketRow) => String(Math.floor(localParts(t.issuedAt, timeZone).minutes / 60)).padStart(2, '0');
  return {
    total: figures('all', 'Tổng', rows),
    byService: by(rows, (t) => t.serviceId, names.service).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    byCounter: by(rows, (t) => t.counterId, names.counter).sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true })),
    byStaff: by(rows, (t) => t.staffId, names.staff).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    byHour: by(rows, hourOf, (h) => `${h}:00`).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
