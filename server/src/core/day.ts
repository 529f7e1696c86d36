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

/** Local wall-clock parts of an instant in a time zone. */
export function localParts(at: number, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
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
