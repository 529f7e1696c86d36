/** Dossier figures for a period, per field and in total: pure, over dossier rows. */
import { timeliness, type WorkCalendar } from '../dossiers/calendar';
import type { Dossier } from '../dossiers/model';
import type { DossierFigures, DossierReport } from '../../contract/reports';
import { percent } from './vn-format';

const zero = (): DossierFigures => ({
  received: 0, inPerson: 0, online: 0, postal: 0, carriedOver: 0, toHandle: 0, resolved: 0, early: 0, onTime: 0, late: 0,
  earlyPct: 0, onTimePct: 0, latePct: 0, earlyOrOnTimePct: 0, inProgress: 0, inProgressOverdue: 0, waitingSupplement: 0, paused: 0,
});

function count(f: DossierFigures, d: Dossier, from: string, to: string, cal: WorkCalendar): void {
  if (d.receivedDate > to) return;
  const resolvedBefore = d.resolvedDate !== null && d.resolvedDate < from;
  if (d.receivedDate >= from) {
    f.received++;
    if (d.channel === 'truc_tiep') f.inPerson++; else if (d.channel === 'truc_tuyen') f.online++; else f.postal++;
  } else if (!resolvedBefore) f.carriedOver++;
  if (resolvedBefore) return;
  if (d.resolvedDate !== null && d.resolvedDate <= to) {
    f.resolved++;
    const t = timeliness(cal, d.dueDate, d.resolvedDate);
    f[t.kind]++;
    return;
  }
  // Unresolved at the period's end. Only the current status is known, so pauses are today's pauses.
  if (d.status === 'tam_dung') { f.paused++; return; }
  f.inProgress++;
  if (d.status === 'cho_bo_sung') f.waitingSupplement++;
  if (cal.onOrAfter(d.dueDate) < to) f.inProgressOverdue++;
}

function finish(f: DossierFigures): DossierFigures {
  f.toHandle = f.received + f.carriedOver;
  f.earlyPct = percent(f.early, f.resolved);
  f.onTimePct = percent(f.onTime, f.resolved);
  f.latePct = percent(f.late, f.resolved);
  f.earlyOrOnTimePct = percent(f.early + f.onTime, f.resolved);
  return f;
}

/** Figures for [from, to] (dates, inclusive) in total and per field (fields sorted by name). */
export function dossierFigures(rows: readonly Dossier[], from: string, to: string, cal: WorkCalendar): DossierReport {
  const total = zero();
  const fields = new Map<string, DossierFigures>();
  for (const d of rows) {
    count(total, d, from, to, cal);
    let f = fields.get(d.field);
    if (!f) fields.set(d.field, (f = zero()));
    count(f, d, from, to, cal);
  }
  const byField = [...fields].map(([field, f]) => ({ field, ...finish(f) }))
    .filter((f) => f.toHandle + f.resolved + f.inProgress + f.paused > 0)
    .sort((a, b) => a.field.localeCompare(b.field, 'vi'));
  return { total: finish(total), byField };
}
