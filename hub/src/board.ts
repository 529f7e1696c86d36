/** The board of offices: who is connected and how far behind each one is (GET /api/offices, the socket's board:office; the page is board-page.tsx). */
import type { BoardRow } from './contract';
import type { OfficeRecord } from './offices';

/** An office counts as connected if it was heard from this recently (it sends a heartbeat every 30 s). */
export const CONNECTED_MS = 90_000;

/** The board row of an office now. */
export function boardRow(o: OfficeRecord, now: number): BoardRow {
  const connected = o.lastContactAt !== null && now - o.lastContactAt < CONNECTED_MS;
  const pending = o.backlog > 0 && o.oldestPendingAt !== null ? now - o.oldestPendingAt : 0;
  const behindMs = o.lastContactAt === null ? null : connected ? pending : Math.max(pending, now - o.lastContactAt);
  return { code: o.code, name: o.name, district: o.district, connected, lastContactAt: o.lastContactAt, backlog: o.backlog, behindMs, lastSeq: o.lastSeq, itemsTotal: o.itemsTotal };
}
