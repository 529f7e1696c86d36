/**
 * Office hours: which sessions a day has (season, weekday, holiday, make-up day), whether kiosks
 * issue tickets at an instant, when the office opens next, and how a waiting time in working
 * minutes stretches across the lunch break. Pure: the instant comes in, nothing is read.
 */
import { localParts, parseHhMm } from './day';

/** Office hours as the core knows them (built from the site config's `hours`). */
export interface OfficeHours {
  timeZone: string;
  /** Kiosks stop issuing this many minutes before a session ends. */
  stopIssuingMinutes: number;
  /** Per service, its own stop-issuing minutes. */
  serviceStopMinutes: Record<string, number>;
  schedules: Array<{
    name: string;
    /** "MM-DD", inclusive; from > to wraps the new year (a winter schedule). */
    from: string;
    to: string;
    weekdays: string[];
    saturday: string[];
    sunday: string[];
  }>;
  holidays: Array<{ date: string; name: string }>;
  extraWorkdays: string[];
}

/** A session on one date, as epoch milliseconds. */
export interface SessionSpan { start: number; end: number }

export type ClosedReason = 'beforeOpening' | 'break' | 'stopped' | 'afterHours' | 'dayOff' | 'holiday';

/** Office hours at one instant (the screens get it with words added: contract HoursView). */
export interface HoursState {
  /** A session is under way. */
  open: boolean;
  /** Kiosks issue tickets now (open, and before the stop-issuing time). Per service: ServiceView.issuing. */
  issuing: boolean;
  /** Why not issuing: 'beforeOpening' | 'break' (lunch) | 'stopped' (last minutes) | 'afterHours' | 'dayOff' | 'holiday'; null when issuing. */
  closedReason: ClosedReason | null;
  /** A holiday's name, when closedReason is 'holiday'. */
  holidayName: string | null;
  /** The current session's end (epoch ms), when open. */
  closesAt: number | null;
  /** When kiosks stop issuing in the current session (epoch ms), when open. */
  stopIssuingAt: number | null;
  /** The next session's start (epoch ms) after now; null when none is configured in the next 60 days. */
  nextOpeningAt: number | null;
}

const DAY_MS = 86_400_000;
/** How far ahead the next opening is looked for (Tết is about ten days off). */
const LOOKAHEAD_DAYS = 60;


/** "2026-11-23" plus n days. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, for a local date. */
export function weekday(date: string): number {
  return new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
}

/** The epoch instant of a local wall-clock time in a time zone. */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Guess with the offset at the wall time, then correct once (enough for every real zone but DST gaps).
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = localParts(guess, timeZone);
    const seen = Date.parse(`${p.date}T00:00:00Z`) + p.minutes * 60_000;
    guess += wall - seen;
  }
  return guess;
}

/** The schedule in force on a date: the first whose MM-DD range holds it. */
export function scheduleOn(h: OfficeHours, date: string): OfficeHours['schedules'][number] | null {
  const md = date.slice(5);
  return h.schedules.find((s) => (s.from <= s.to ? md >= s.from && md <= s.to : md >= s.from || md <= s.to)) ?? null;
}

/** The holiday on a date, if any. */
export function holidayOn(h: OfficeHours, date: string): string | null {
  return h.holidays.find((x) => x.date === date)?.name ?? null;
}

const sessionCache = new WeakMap<OfficeHours, Map<string, SessionSpan[]>>();

/** The sessions of a local date, in order (none on a holiday or a day off). Remembered per hours and date. */
export function sessionsOn(h: OfficeHours, date: string): SessionSpan[] {
  let byDate = sessionCache.get(h);
  if (!byDate) sessionCache.set(h, (byDate = new Map()));
  let list = byDate.get(date);
  if (!list) {
    if (byDate.size > 400) byDate.clear();
    byDate.set(date, (list = computeSessions(h, date)));
  }
  return list;
}

function computeSessions(h: OfficeHours, date: string): SessionSpan[] {
  if (holidayOn(h, date)) return [];
  const sch = scheduleOn(h, date);
  if (!sch) return [];
  const wd = weekday(date);
  const list = h.extraWorkdays.includes(date) ? sch.weekdays
    : wd === 0 ? sch.sunday : wd === 6 ? sch.saturday : sch.weekdays;
  return list
    .map((s) => ({ start: zonedInstant(date, parseHhMm(s.slice(0, 5)), h.timeZone), end: zonedInstant(date, parseHhMm(s.slice(6)), h.timeZone) }))
    .sort((a, b) => a.start - b.start);
}

/** Minutes before a session's end at which a service stops issuing. */
export function stopMinutesFor(h: OfficeHours, serviceId?: string): number {
  return (serviceId !== undefined ? h.serviceStopMinutes[serviceId] : undefined) ?? h.stopIssuingMinutes;
}

/** The first session start strictly after `at`, within the look-ahead. */
export function nextOpening(h: OfficeHours, at: number): number | null {
  const today = localParts(at, h.timeZone).date;
  for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
    const next = sessionsOn(h, addDays(today, i)).find((s) => s.start > at);
    if (next) return next.start;
  }
  return null;
}

/** Whether kiosks issue at `at` (for a service, with its own stop time), and if not, why and until when. */
export function hoursAt(h: OfficeHours, at: number, serviceId?: string): HoursState {
  const today = localParts(at, h.timeZone).date;
  const sessions = sessionsOn(h, today);
  const holiday = holidayOn(h, today);
  const current = sessions.find((s) => s.start <= at && at < s.end);
  if (current) {
    const stopAt = current.end - stopMinutesFor(h, serviceId) * 60_000;
    const issuing = at < stopAt;
    return {
      open: true, issuing, closedReason: issuing ? null : 'stopped', holidayName: null,
      closesAt: current.end, stopIssuingAt: stopAt, nextOpeningAt: issuing ? null : nextOpening(h, at),
    };
  }
  let closedReason: ClosedReason;
  if (holiday) closedReason = 'holiday';
  else if (sessions.length === 0) closedReason = 'dayOff';
  else if (at < sessions[0]!.start) closedReason = 'beforeOpening';
  else if (at >= sessions[sessions.length - 1]!.end) closedReason = 'afterHours';
  else closedReason = 'break';
  return { open: false, issuing: false, closedReason, holidayName: holiday, closesAt: null, stopIssuingAt: null, nextOpeningAt: nextOpening(h, at) };
}

/**
 * The wall-clock minutes until `workMinutes` of counter time have passed, counting only session
 * time: 40 minutes of work at 11:10 with lunch 11:30-13:30 ends at 13:50, 160 minutes away.
 * `mayNotBeCalledToday`: the work runs past today's last session (tickets do not carry over to tomorrow).
 */
export function wallClockWait(h: OfficeHours, at: number, workMinutes: number): { estimatedWaitMinutes: number; mayNotBeCalledToday: boolean } {
  if (workMinutes <= 0) return { estimatedWaitMinutes: 0, mayNotBeCalledToday: false };
  const today = localParts(at, h.timeZone).date;
  let left = workMinutes * 60_000;
  for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
    for (const s of sessionsOn(h, addDays(today, i))) {
      if (s.end <= at) continue;
      const from = Math.max(at, s.start);
      if (left <= s.end - from) return { estimatedWaitMinutes: Math.round((from + left - at) / 60_000), mayNotBeCalledToday: i > 0 };
      left -= s.end - from;
    }
  }
  return { estimatedWaitMinutes: workMinutes, mayNotBeCalledToday: true };
}
