/** The wall clock: the server's time (skew-corrected) in the office's time zone, in Vietnamese. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Snapshot } from '@motcua/server/contract';

const WEEKDAYS: Record<string, string> = {
  Sun: 'Chủ Nhật', Mon: 'Thứ Hai', Tue: 'Thứ Ba', Wed: 'Thứ Tư', Thu: 'Thứ Năm', Fri: 'Thứ Sáu', Sat: 'Thứ Bảy',
};

// Building an Intl.DateTimeFormat costs far more than using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Formats a moment as "Thứ Hai, 23/11/2026 08:15" in the given IANA time zone. */
function vietnameseDateTime(ms: number, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${WEEKDAYS[p('weekday')] ?? p('weekday')}, ${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

/** What the clock reads outside: this browser's time, the server's skew from the connection, the snapshot's zone, a timer. */
export interface ClockDeps {
  now(): number;
  clockSkew: ReadonlySignal<number>;
  snapshot: ReadonlySignal<Snapshot | null>;
  setInterval(f: () => void, ms: number): unknown;
}

/** Makes the wall clock; start() begins its one-second tick. */
export function createClock(deps: ClockDeps) {
  /** This browser's time now, ticking every second. */
  const localNow = signal(deps.now());
  /** The server's time now: the local clock corrected by the last snapshot's skew. */
  const serverNow = computed(() => localNow.value + deps.clockSkew.value);
  // The zone is its own computed, so a queue delta (a new snapshot object) does not re-format the clock.
  const timeZone = computed(() => deps.snapshot.value?.office.timeZone ?? 'Asia/Ho_Chi_Minh');
  /** The clock line the wall display shows. */
  const clockText = computed(() => vietnameseDateTime(serverNow.value, timeZone.value));
  /** Starts the one-second tick. */
  const start = () => { deps.setInterval(() => { localNow.value = deps.now(); }, 1000); };
  return { localNow, serverNow, clockText, start };
}
