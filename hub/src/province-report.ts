/**
 * The province's report, built by the offices' own figures module (server/src/features/reports): for
 * one office exactly the office's report; for a district or the province, tickets and ratings over all
 * their rows (services merged by name) and dossiers counted per office on its own working-day calendar,
 * then added up. Counts therefore equal the sum of the offices' own reports.
 */
import type { DossierFigures, Period, Report } from '../../server/src/contract/reports';
import { dossierFigures } from '../../server/src/features/reports/dossier-figures';
import { DEFAULT_LEVELS, type RatingRow } from '../../server/src/features/reports/rating-figures';
import { buildReport, type Names } from '../../server/src/features/reports/report';
import { calendarFor } from '../../server/src/features/reports/routes';
import { percent } from '../../server/src/features/reports/vn-format';
import type { OfficeProfile } from '../../server/src/features/outbox/wire';
import type { OfficeLine, ProvinceReport } from './contract';
import type { OfficeRows } from './load';
import type { OfficeRecord } from './offices';


const TZ = 'Asia/Ho_Chi_Minh';

/** The office's working-day calendar, from the hours it sent. */
function calendarOf(p: OfficeProfile | null) {
  const hours = p?.hours ? { holidays: p.hours.holidays.map((date) => ({ date, name: '' })), extraWorkdays: p.hours.extraWorkdays } : undefined;
  return calendarFor({ config: { hours } } as unknown as Parameters<typeof calendarFor>[0]);
}

/** Names as the office's report shows them; staff appear by the pseudonym the office sent. */
function namesOf(p: OfficeProfile | null): Names {
  return { service: (id) => p?.services[id] ?? id, counter: (id) => p?.counters[id] ?? id, staff: (id) => id };
}

/** One office's report at the hub: the same figures and words as the office's own. */
export function officeReport(o: OfficeRecord, rows: OfficeRows, period: Period, generatedAt: string): ProvinceReport {
  const report = buildReport({
    office: o.name, period, generatedAt, timeZone: o.profile?.timeZone ?? TZ, dossiers: rows.dossiers, ratings: rows.ratings,
    tickets: rows.tickets, calendar: calendarOf(o.profile), names: namesOf(o.profile), levels: o.profile?.levels ?? DEFAULT_LEVELS,
  });
  return { report, offices: [lineOf(o, report)] };
}

function lineOf(o: OfficeRecord, r: Report): OfficeLine {
  const levels = r.ratings.total.levels;
  // The first two levels of the three-level form are "satisfied" (rất hài lòng, hài lòng); of five stars, the top two.
  const satisfied = levels.slice(0, 2).reduce((a, l) => a + l.count, 0);
  const d = r.dossiers.total;
  return {
    code: o.code, name: o.name, district: o.district, issued: r.tickets.total.issued, served: r.tickets.total.served, noShow: r.tickets.total.noShow,
    ratings: r.ratings.total.count, satisfiedPct: percent(satisfied, r.ratings.total.count),
    received: d.received, toHandle: d.toHandle, resolved: d.resolved, earlyOrOnTimePct: d.earlyOrOnTimePct, inProgress: d.inProgress,
  };
}

/** Adds dossier figures up: every count summed, the shares worked out again from the sums. */
export function sumDossierFigures(list: readonly DossierFigures[]): DossierFigures {
  const out = { ...dossierFigures([], '2000-01-01', '2000-01-01', calendarOf(null)).total };
  for (const f of list) for (const k of Object.keys(out) as Array<keyof DossierFigures>) if (!k.endsWith('Pct')) out[k] += f[k];
  out.earlyPct = percent(out.early, out.resolved);
  out.onTimePct = percent(out.onTime, out.resolved);
  out.latePct = percent(out.late, out.resolved);
  out.earlyOrOnTimePct = percent(out.early + out.onTime, out.resolved);
  return out;
}

/** The report over several offices (a district, the province), titled `title`. */
export function groupReport(title: string, offices: OfficeRecord[], rows: Map<string, OfficeRows>, period: Period, generatedAt: string): ProvinceReport {
  const own = offices.map((o) => officeReport(o, rows.get(o.code) ?? { tickets: [], ratings: [], dossiers: [] }, period, generatedAt));
  // Services are merged across offices by their name ("Hộ tịch" in every commune); counters and staff stay per office.
  const tickets = offices.flatMap((o) => (rows.get(o.code)?.tickets ?? []).map((t) => ({ ...t, serviceId: namesOf(o.profile).service(t.serviceId), counterId: null, staffId: null })));
  const ratings: RatingRow[] = offices.flatMap((o) => (rows.get(o.code)?.ratings ?? []).map((r) => ({ ...r, serviceId: r.serviceId === null ? null : namesOf(o.profile).service(r.serviceId), counterId: null, staffId: null })));
  const same = (id: string) => id;
  const report = buildReport({
    office: title, period, generatedAt, timeZone: offices[0]?.profile?.timeZone ?? TZ, dossiers: [], ratings, tickets,
    calendar: calendarOf(null), names: { service: same, counter: same, staff: same }, levels: offices.find((o) => o.profile)?.profile?.levels ?? DEFAULT_LEVELS,
  });
  report.ratings.byCounter = [];
  report.ratings.byStaff = [];
  const fields = new Map<string, DossierFigures[]>();
  for (const r of own) for (const f of r.report.dossiers.byField) fields.set(f.field, [...(fields.get(f.field) ?? []), f]);
  report.dossiers = {
    total: sumDossierFigures(own.map((r) => r.report.dossiers.total)),
    byField: [...fields].map(([field, list]) => ({ field, ...sumDossierFigures(list) })).sort((a, b) => a.field.localeCompare(b.field, 'vi')),
  };
  return { report, offices: own.map((r) => r.offices[0]!) };
}
