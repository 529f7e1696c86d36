/**
 * GET /api/reports (and the hub's GET /api/report): the report's figures as JSON, the same figures the screen, the A4
 * page, the CSV and the XLSX show. Computed by the pure server/src/features/reports/*-figures.ts; types only.
 */

export type PeriodKind = 'day' | 'month' | 'quarter' | 'year' | 'custom';
/** A report's period: its first and last dates (YYYY-MM-DD), its words ("Tháng 11 năm 2026") and key ("2026-11"). */
export interface Period { kind: PeriodKind; from: string; to: string; label: string; key: string }

/** Dossiers of a period, in total or for one field. */
export interface DossierFigures {
  /** Received in the period, and by channel. */
  received: number; inPerson: number; online: number; postal: number;
  /** Received before the period and not resolved when it began (kỳ trước chuyển sang). */
  carriedOver: number;
  /** received + carriedOver: what the office had to handle. */
  toHandle: number;
  /** Resolved in the period, by timeliness against the due date in working days; percentages of resolved. */
  resolved: number; early: number; onTime: number; late: number;
  earlyPct: number; onTimePct: number; latePct: number; earlyOrOnTimePct: number;
  /** Unresolved at the end of the period: in progress (of which past due, waiting for documents) and paused. */
  inProgress: number; inProgressOverdue: number; waitingSupplement: number; paused: number;
}
/** Dossier figures in total and per field (lĩnh vực). */
export interface DossierReport { total: DossierFigures; byField: Array<{ field: string } & DossierFigures> }

/** Rating forms of one level of the scale, with their share of the group's forms. */
export interface LevelCount { key: string; label: string; count: number; pct: number }
/** The rating forms of a group (everything, a service, a counter, a staff member) per level. */
export interface RatingGroup { id: string; name: string; count: number; levels: LevelCount[] }
/** Ratings in total and per service, counter and staff member. */
export interface RatingFigures { total: RatingGroup; byService: RatingGroup[]; byCounter: RatingGroup[]; byStaff: RatingGroup[] }

/** Queue figures of a group (everything, a service, a counter, a staff member, an hour of issue). */
export interface TicketFigures {
  id: string; name: string;
  issued: number; served: number; noShow: number;
  /** Of `served`: citizens served after a no-show, called back when they came back. */
  servedAfterNoShow: number;
  /** Seconds from issue to first call, over called tickets. */
  waitMean: number | null; waitP90: number | null;
  /** Seconds from the start of service (or the call) to completion, over served tickets. */
  serviceMean: number | null; serviceP90: number | null;
}
/** Ticket figures in total and per service, counter, staff member and hour of issue (office time zone). */
export interface TicketReport { total: TicketFigures; byService: TicketFigures[]; byCounter: TicketFigures[]; byStaff: TicketFigures[]; byHour: TicketFigures[] }

/** The whole report for a period. */
export interface Report {
  office: string;
  period: Period;
  /** When it was computed (ISO 8601). */
  generatedAt: string;
  dossiers: DossierReport;
  ratings: RatingFigures;
  tickets: TicketReport;
}
