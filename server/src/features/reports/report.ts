/** One report for a period: dossier, rating and ticket figures, built from rows by the pure functions. */
import type { SiteConfig } from '@motcua/config';
import type { Period, Report } from '../../contract/reports';
import type { WorkCalendar } from '../dossiers/calendar';
import type { Dossier } from '../dossiers/model';
import { dossierFigures } from './dossier-figures';
import { DEFAULT_LEVELS, ratingFigures, type LevelDef, type RatingRow } from './rating-figures';
import { ticketFigures, type TicketRow } from './ticket-figures';

export interface Names { service(id: string): string; counter(id: string): string; staff(id: string): string }

/** Display names from the site config (and the staff list for usernames). */
export function namesFrom(config: SiteConfig, staffName: (u: string) => string = (u) => u): Names {
  return {
    service: (id) => config.services.find((s) => s.id === id)?.name ?? id,
    counter: (id) => {
      const c = config.counters.find((x) => x.id === id);
      return c ? `Quầy ${c.number}${c.name ? ` - ${c.name}` : ''}` : id;
    },
    staff: staffName,
  };
}

export interface ReportInput {
  office: string; period: Period; generatedAt: string; timeZone: string;
  dossiers: readonly Dossier[]; ratings: readonly RatingRow[]; tickets: readonly TicketRow[];
  calendar: WorkCalendar; names: Names;
  /** The rating scale's levels, best first (default: the three levels of the seed forms). */
  levels?: LevelDef[];
}

/** The whole report (what the JSON route returns and every export renders). */
export function buildReport(i: ReportInput): Report {
  return {
    office: i.office,
    period: i.period,
    generatedAt: i.generatedAt,
    dossiers: dossierFigures(i.dossiers, i.period.from, i.period.to, i.calendar),
    ratings: ratingFigures(i.ratings, i.names, i.levels ?? DEFAULT_LEVELS),
    tickets: ticketFigures(i.tickets, i.timeZone, i.names),
  };
}
