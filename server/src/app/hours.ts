/** The office's hours for the app: the core's pure hours over the site config and the clock. */
import type { SiteConfig } from '@motcua/config';
import { hoursAt, wallClockWait, type OfficeHours } from '../core/hours';
import type { HoursView, WaitEstimate } from '../contract';
import { openingText, scheduleText } from '../core/hours-text';
import { localParts } from '../core/day';
import { ApiFailure } from './failure';
import type { AppContext } from './context';

const cache = new WeakMap<SiteConfig, OfficeHours | null>();

/** The core's hours from the site config; null when the office has no hours set (always open). */
function officeHours(config: SiteConfig): OfficeHours | null {
  if (cache.has(config)) return cache.get(config)!;
  const h = config.hours;
  const built: OfficeHours | null = h ? {
    timeZone: config.timeZone,
    stopIssuingMinutes: h.stopIssuingMinutes,
    serviceStopMinutes: Object.fromEntries(config.services.filter((s) => s.stopIssuingMinutes !== undefined).map((s) => [s.id, s.stopIssuingMinutes!])),
    schedules: h.schedules,
    holidays: h.holidays,
    extraWorkdays: h.extraWorkdays,
  } : null;
  cache.set(config, built);
  return built;
}

/** The hours kiosks are held to: none when the config has none or does not enforce them (always open). */
function enforcedHours(config: SiteConfig): OfficeHours | null {
  return config.hours?.enforce === false ? null : officeHours(config);
}

const ALWAYS_OPEN: HoursView = {
  open: true, issuing: true, closedReason: null, holidayName: null, closesAt: null, stopIssuingAt: null,
  nextOpeningAt: null, nextOpeningText: null, nextOpeningTextEn: null, scheduleText: '', scheduleTextEn: '',
};

/**
 * Office hours at an instant, as screens show them. Not enforced (hours.enforce: false, a 24-hour
 * bench or a demo at night): always open, with the usual schedule still in words.
 */
export function hoursView(config: SiteConfig, at: number, serviceId?: string): HoursView {
  const h = officeHours(config);
  if (!h) return ALWAYS_OPEN;
  const sched = scheduleText(h, localParts(at, h.timeZone).date);
  if (config.hours?.enforce === false) return { ...ALWAYS_OPEN, scheduleText: sched.vi, scheduleTextEn: sched.en };
  const state = hoursAt(h, at, serviceId);
  const words = state.nextOpeningAt !== null ? openingText(state.nextOpeningAt, at, h.timeZone) : null;
  return {
    ...state,
    nextOpeningText: words?.vi ?? null, nextOpeningTextEn: words?.en ?? null,
    scheduleText: sched.vi, scheduleTextEn: sched.en,
  };
}

/** What views need of the clock: whether a service issues now, and a work-minute wait as wall-clock minutes. */
export interface ViewClock {
  issuing(serviceId: string): boolean;
  /** Counter minutes of work ahead as wall-clock minutes (across the lunch break), and whether they end today. */
  wait(workMinutes: number): WaitEstimate;
}

/** A wait with no office hours: counter minutes, as if always open (so always today). */
export const counterMinutes = (minutes: number): WaitEstimate => ({ estimatedWaitMinutes: minutes, mayNotBeCalledToday: false });

/** The view clock at the context's now. */
export function viewClock(ctx: Pick<AppContext, 'config' | 'now'>): ViewClock {
  const at = ctx.now();
  // Hours not enforced (a 24-hour bench): waits are counter minutes, as if always open.
  const h = enforcedHours(ctx.config);
  if (!h) return { issuing: () => true, wait: counterMinutes };
  // One look at the hours for every service with the office's stop time; a service with its own, its own.
  const office = hoursAt(h, at).issuing;
  return {
    issuing: (serviceId) => (h.serviceStopMinutes[serviceId] === undefined ? office : hoursAt(h, at, serviceId).issuing),
    wait: (m) => wallClockWait(h, at, m),
  };
}

/** Refuses a kiosk ticket outside hours, naming the next opening. */
export function assertIssuing(ctx: Pick<AppContext, 'config' | 'now'>, serviceId: string): void {
  const h = enforcedHours(ctx.config);
  if (!h || hoursAt(h, ctx.now(), serviceId).issuing) return;
  const v = hoursView(ctx.config, ctx.now(), serviceId);
  const vi = v.nextOpeningText ? `Ngoài giờ cấp số. Mời quay lại lúc ${v.nextOpeningText}` : 'Ngoài giờ cấp số';
  const en = v.nextOpeningTextEn ? `Not issuing tickets now. Please come back at ${v.nextOpeningTextEn}` : 'Not issuing tickets now';
  throw new ApiFailure(409, 'OFFICE_CLOSED', `${vi} / ${en}`, [
    `closedReason: ${v.closedReason}`,
    ...(v.nextOpeningAt !== null ? [`nextOpeningAt: ${new Date(v.nextOpeningAt).toISOString()}`] : []),
  ]);
}
