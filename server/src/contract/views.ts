/** What the screens see: plain data shaped for display. No personal data of citizens ever appears here. */
import type { DeviceState } from '@motcua/drivers/types';
import type { ClosedReason } from '../core/hours';
import type { TicketStatus } from '../core/state';

export type { DeviceState };

export interface ServiceView {
  id: string;
  name: string;
  nameEn?: string;
  enabled: boolean;
  waiting: number;
  estimatedWaitMinutes: number;
  /** Open counters that serve it right now. */
  openCounters: number;
  /** Kiosks issue tickets for it now (office hours, its own stop-issuing time, enabled). */
  issuing: boolean;
}

export interface CurrentTicketView {
  ticketId: string;
  number: string;
  serviceId: string;
  priority: string | null;
  status: 'called' | 'serving';
  calledAt: number;
  recalls: number;
}

export interface CounterView {
  id: string;
  number: number;
  name: string;
  services: string[];
  status: 'open' | 'paused' | 'closed';
  pauseReason: string | null;
  current: CurrentTicketView | null;
  servedToday: number;
  /** Staff screens only: who holds the counter. */
  staff?: { username: string; name: string } | null;
}

/** One announcement on the wall display; `seq` (the journal's) orders them and stops double announcements. */
export interface CallView {
  seq: number;
  ticketId: string;
  number: string;
  counterId: string;
  counterNumber: number;
  counterName: string;
  serviceId: string;
  at: number;
  recall: number;
}

/** A waiting ticket as staff see it (no personal data: number, service, priority, times). */
export interface WaitingTicketView {
  id: string;
  number: string;
  serviceId: string;
  priority: string | null;
  issuedAt: number;
  targetCounterId: string | null;
  transfers: number;
}

export type TicketStatusView = TicketStatus;

/** A citizen's own ticket (the phone page, the kiosk confirmation). */
export interface TicketView {
  id: string;
  number: string;
  serviceId: string;
  serviceName: string;
  priority: string | null;
  priorityName: string | null;
  issuedAt: number;
  day: string;
  status: TicketStatusView;
  ahead: number;
  estimatedWaitMinutes: number;
  counter: { id: string; number: number; name: string } | null;
  calledAt: number | null;
  url: string;
}

export interface PriorityView { id: string; name: string; nameEn?: string }

export interface DeviceStatusView { id: string; kind: 'printer' | 'scanner' | 'display' | 'kiosk'; driver: string; state: DeviceState; detail?: string; since: number; queued?: number }

/**
 * Office hours right now. The server pushes a fresh one ('hours') whenever it changes: a session
 * opens or ends, issuing stops N minutes before the end, the date changes.
 */
export interface HoursView {
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
  /** The next opening in words: "7 giờ 30, sáng thứ Hai 24/11/2026" / "7:30 am, Monday 24/11/2026". */
  nextOpeningText: string | null;
  nextOpeningTextEn: string | null;
  /** The office's usual hours, for the kiosk and the printed checklist: "Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai – thứ Sáu". */
  scheduleText: string;
  scheduleTextEn: string;
}

export interface OfficeView { name: string; nameEn?: string; address?: string; publicUrl: string; timeZone: string }

/** Everything a screen needs when it connects or reconnects. */
export interface Snapshot {
  office: OfficeView;
  serverTime: number;
  day: string | null;
  /** The journal position this snapshot is as of. */
  seq: number;
  services: ServiceView[];
  counters: CounterView[];
  calls: CallView[];
  priorities: PriorityView[];
  notices: string[];
  hours: HoursView;
  voice: { enabled: boolean; repeat: number; volume: number };
  /** The citizen kiosk's settings: the loudness of its read-aloud ("Nghe"), 0..1. */
  kiosk: { voiceVolume: number };
  rating: { scale: 'three' | 'five'; timeoutSeconds: number; lowReasons: string[] };
  /** Staff, supervisor and admin only. */
  waiting?: WaitingTicketView[];
  devices?: DeviceStatusView[];
}

/** The outcome of printing a ticket, told to the kiosk after its ack. */
export interface PrintResultView { ticketId: string; state: 'printed' | 'queued' | 'failed'; reason?: string }

/** Acks and REST error bodies share one shape. */
export interface ApiError { code: string; message: string; details?: string[] }
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** What a kiosk may see of a scan (REST /api/kiosk/scan and the 'scan' event): a masked greeting, a dossier code, a ticket, never an ID number or full name. */
export type KioskScanView =
  | { kind: 'cccd'; greeting: string; greetingEn: string }
  | { kind: 'dossier'; code: string; found: false; message: string }
  | { kind: 'dossier'; code: string; found: true; status: string; procedureName: string; dueDate: string; resolvedDate: string | null; applicant: string; message: string }
  | { kind: 'ticket'; ticket: TicketView }
  | { kind: 'unknown'; message: string; messageEn: string };

/** The rating tablet at a counter is asked to rate the ticket just completed there ('rating:ask'). */
export interface RatingAsk { ticketId: string; number: string; serviceId: string; serviceName: string; counterId: string; at: number }

/** The holiday list's yearly check (GET /api/holidays/check): fixed holidays missing from hours.holidays. */
export interface HolidayCheckView {
  /** The years checked: this one, and from October the next. */
  years: number[];
  gaps: Array<{ year: number; name: string; dates: string[]; message: string }>;
  /** Where the list comes from: the site config's hours, or the built-in list (no hours configured). */
  source: 'config' | 'built-in';
}
