/** The queue's state: what evolve() builds from events and decide() reads. Plain data. */
import type { CounterId, PriorityId, ServiceId, Setup, StaffId, TicketId } from './setup';

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'noShow' | 'cancelled' | 'expired';

/** Where a ticket came from: the kiosk touch screen, a CCCD scan at the kiosk, a counter, an integration. */
export type TicketSource = 'kiosk' | 'cccd' | 'staff' | 'api';

export interface Ticket {
  id: TicketId;
  /** As printed and spoken: "A015" or "1015". */
  number: string;
  seq: number;
  serviceId: ServiceId;
  priority: PriorityId | null;
  /** Business day it was issued on, YYYY-MM-DD in the office's time zone. */
  day: string;
  issuedAt: number;
  source: TicketSource;
  status: TicketStatus;
  /** Set when a transfer sent it to one counter only. */
  targetCounterId: CounterId | null;
  counterId: CounterId | null;
  staffId: StaffId | null;
  firstCalledAt: number | null;
  calledAt: number | null;
  recalls: number;
  servingAt: number | null;
  finishedAt: number | null;
  transfers: number;
}

export type CounterStatus = 'open' | 'paused' | 'closed';

export interface CounterState {
  id: CounterId;
  status: CounterStatus;
  staffId: StaffId | null;
  pauseReason: string | null;
  currentTicketId: TicketId | null;
  /** Normal tickets called since the last priority one (for the interleaved policy). */
  normalsSincePriority: number;
  servedToday: number;
  /** The ticket completed here most recently and when (the one the counter's rating tablet may rate). */
  lastCompleted?: { ticketId: TicketId; at: number } | null;
}

export interface QueueState {
  setup: Setup | null;
  /** The business day in progress, or null before the first command. */
  day: string | null;
  /** Today's tickets (and ones carried over); finished days are dropped at rollover. */
  tickets: Record<TicketId, Ticket>;
  counters: Record<CounterId, CounterState>;
  /** Last sequence number issued today, per service. */
  lastSeq: Record<ServiceId, number>;
  /** Tickets issued today, per service (for the daily cap). */
  issuedToday: Record<ServiceId, number>;
}

/** The state before any event. */
export function initialState(): QueueState {
  return { setup: null, day: null, tickets: {}, counters: {}, lastSeq: {}, issuedToday: {} };
}

/** A closed counter with nobody signed in. */
export function closedCounter(id: CounterId): CounterState {
  return { id, status: 'closed', staffId: null, pauseReason: null, currentTicketId: null, normalsSincePriority: 0, servedToday: 0, lastCompleted: null };
}

/** True for tickets that will never be called again. */
export function isFinished(t: Ticket): boolean {
  return t.status === 'done' || t.status === 'noShow' || t.status === 'cancelled' || t.status === 'expired';
}
