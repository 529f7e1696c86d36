/** What the screens see: plain data shaped for display. No personal data of citizens ever appears here. */
import type { DeviceState } from '@motcua/drivers/types';
import type { HoursState } from '../core/hours';
import type { TicketStatus } from '../core/state';

export type { DeviceState };

export interface ServiceView {
  id: string;
  name: string;
  nameEn?: string;
  enabled: boolean;
  waiting: number;
  /** The wait, in wall-clock minutes across the lunch break, a ticket taken now is told (0 with nobody waiting). */
  estimatedWaitMinutes: number;
  /** The estimate runs past today's last session: a ticket taken now may not be called today. */
  mayNotBeCalledToday: boolean;
  /** Open counters that serve it right now. */
  openCounters: number;
  /** Kiosks issue tickets for it now (office hours, its own stop-issuing time, enabled). */
  issuing: boolean;
}

export interface CurrentTicketView {
  /** Staff screens only: public views carry no ticket id (with one, anyone could follow a stranger's ticket). */
  ticketId?: string;
  number: string;
  serviceId: string;
  /** Staff screens only: a priority category ("Người khuyết tật") is not shown in public. */
  priority?: string | null;
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
  /** Staff screens only (see CurrentTicketView.ticketId). */
  ticketId?: string;
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
  /** The English names, where the office gave them (the phone page in English). */
  serviceNameEn?: string;
  priority: string | null;
  priorityName: string | null;
  priorityNameEn?: string;
  issuedAt: number;
  day: string;
  status: TicketStatusView;
  ahead: number;
  estimatedWaitMinutes: number;
  /** The estimate runs past today's last session: this ticket may not be called today. */
  mayNotBeCalledToday: boolean;
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
export interface HoursView extends HoursState {
  /** The next opening in words: "7 giờ 30, sáng thứ Hai 24/11/2026" / "7:30 am, Monday 24/11/2026". */
  nextOpeningText: string | null;
  nextOpeningTextEn: string | null;
  /** The office's usual hours, for the kiosk and the printed checklist: "Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai – thứ Sáu". */
  scheduleText: string;
  scheduleTextEn: string;
}

/** publicUrlLocal (staff only): the ticket QR's address is localhost, which no phone can open. */
export interface OfficeView { name: string; nameEn?: string; address?: string; publicUrl: string; timeZone: string; publicUrlLocal?: boolean }

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
  /** maxBacklog: calls the display keeps queued for the voice (absent from an older server: 4). */
  voice: { enabled: boolean; repeat: number; volume: number; maxBacklog?: number };
  /** The citizen kiosk's settings: the loudness of its read-aloud ("Nghe"), 0..1. */
  kiosk: { voiceVolume: number };
  rating: { scale: 'three' | 'five'; timeoutSeconds: number; lowReasons: string[] };
  /** Staff, supervisor and admin only. */
  waiting?: WaitingTicketView[];
  /** Staff only: each counter's calling order and the no-shows it may call back. */
  queues?: StaffQueuesView;
  devices?: DeviceStatusView[];
}

/** A stored rating (the answer to POST /api/ratings and 'rating:submit'). */
export interface RatingResultView { ticketId: string; number: string; day: string; serviceId: string | null; counterId: string | null; staffId: string | null; level: string; reasons: string[]; at: number }

/** A citizen marked absent today who may still be called back until `until`. */
export interface NoShowView { id: string; number: string; serviceId: string; priority: string | null; counterId: string | null; at: number; until: number }
/** Staff only: per counter, the waiting ticket ids in the order it will call them (next first); today's no-shows still callable back. */
export interface StaffQueuesView { callOrders: Record<string, string[]>; noShows: NoShowView[] }

/** The outcome of printing a ticket, told to the kiosk after its ack. */
export interface PrintResultView { ticketId: string; state: 'printed' | 'queued' | 'failed'; reason?: string }

/** Acks and REST error bodies share one shape. */
export interface ApiError { code: string; message: string; details?: string[] }
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError };
/** What any REST route answers with a 4xx/5xx status (http/error-handler.ts). */
export interface ApiErrorBody { error: ApiError }

/** What a kiosk may see of a scan (REST /api/kiosk/scan and the 'scan' event): a masked greeting, a dossier code, a ticket, never an ID number or full name. */
export type KioskScanView =
  | { kind: 'cccd'; greeting: string; greetingEn: string }
  | { kind: 'dossier'; code: string; found: false; message: string; messageEn?: string }
  | {
    kind: 'dossier'; code: string; found: true; status: string; procedureName: string; dueDate: string; resolvedDate: string | null; applicant: string; message: string;
    /** What to do next, in plain words (features/kiosk-dossier.ts); note: what the one-door software said; next: the queue to take a number in. */
    statusEn?: string; guide?: string; guideEn?: string; note?: string;
    next?: { serviceId: string; serviceName: string; serviceNameEn?: string; counters: number[] };
  }
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
