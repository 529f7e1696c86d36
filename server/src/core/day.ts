/** Business days: which day a moment belongs to, in the office's time zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A zone's offset from UTC (ms) at an instant, asked of Intl once per quarter hour (offsets change on those). */
const offsets = new Map<string, { bucket: number; offset: number }>();
const QUARTER = 15 * 60_000;

function offsetAt(at: number, timeZone: string): number {
  const bucket = Math.floor(at / QUARTER);
  const hit = offsets.get(timeZone);
  if (hit && hit.bucket === bucket) return hit.offset;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(bucket * QUARTER).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  const offset = wall - bucket * QUARTER;
  offsets.set(timeZone, { bucket, offset });
  return offset;
}

/** Local wall-clock parts of an instant in a time zone. */
export function localParts(at: number, timeZone: string): { date: string; minutes: number } {
  const local = at + offsetAt(at, timeZone);
  const d = new Date(local);
  return { date: d.toISOString().slice(0, 10), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** "07:30" -> 450. */
export function parseHhMm(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The business day an instant belongs to: the local date, where a day starts at `resetAt`
 * rather than midnight (tickets taken at 06:50 with a 07:00 reset still count for yesterday).
 */
export function businessDay(at: number, timeZone: string, resetAt: string): string {
  const shifted = at - parseHhMm(resetAt) * 60_000;
  return localParts(shifted, timeZone).date;
}
