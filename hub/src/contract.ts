/**
 * The hub's REST answers (types only): its routes, its pages and whoever reads them (the tests, the board's
 * script) use these, as the office's screens use `@motcua/server/contract`. Imported as `@motcua/hub/contract`.
 * The ingest protocol itself (the batch, its answer, the GAP refusal) is the office's outbox wire
 * (server/src/features/outbox/wire.ts), which both sides share.
 */
import type { Report } from '../../server/src/contract/reports';

export type { HubErrorBody, IngestAnswer, IngestResult } from '../../server/src/features/outbox/wire';

/** GET /api/health: the hub and its database answer. */
export interface HubHealthView { status: 'ok' }

/** One office on the board: GET /api/offices (an array), the socket's board:snapshot and board:office. */
export interface BoardRow {
  code: string; name: string; district: string; connected: boolean; lastContactAt: number | null;
  /** Items the office still holds for the hub, as it said at its last contact. */
  backlog: number;
  /** How far behind: age of the oldest item not yet at the hub (ms), or since the last contact when it is silent; null if never heard from. */
  behindMs: number | null;
  lastSeq: number; itemsTotal: number;
}

/** One office's line in a district's or the province's report. */
export interface OfficeLine {
  code: string; name: string; district: string;
  issued: number; served: number; noShow: number; ratings: number; satisfiedPct: number;
  received: number; toHandle: number; resolved: number; earlyOrOnTimePct: number; inProgress: number;
}
/** GET /api/report: a report as the office's writers render it, plus a line per office when it covers several. */
export interface ProvinceReport { report: Report; offices: OfficeLine[] }
