/** The board of offices: who is connected and how far behind each one is (GET /api/offices, the socket's board:office; the page is board-page.tsx). */
import type { OfficeRecord } from './offices';

/** An office counts as connected if it was heard from this recently (it sends a heartbeat every 30 s). */
export const CONNECTED_MS = 90_000;

/** One office on the board. */
export interface BoardRow {
  code: string; name: string; district: string; connected: boolean; lastContactAt: number | null;
  /** Items the office still holds for the hub, as it said at its last contact. */
  backlog: number;
  /** How far behind: age of the oldest item not yet at the hub (ms), or since the last contact when it is silent; null if never heard from. */
  behindMs: number | null;
  lastSeq: number; itemsTotal: number;
}

/** The board row of an office now. */
export function boardRow(o: OfficeRecord, now: number): BoardRow {
  const connected = o.lastContactAt !== null && now - o.lastContactAt < CONNECTED_MS;
  const pending = o.backlog > 0 && o.oldestPendingAt !== null ? now - o.oldestPendingAt : 0;
  const behindMs = o.lastContactAt === null ? null : connected ? pending : Math.max(pending, now - o.lastContactAt);
  return { code: o.code, name: o.name, district: o.district, connected, lastContactAt: o.lastContactAt, backlog: o.backlog, behindMs, lastSeq: o.lastSeq, itemsTotal: o.itemsTotal };
}
