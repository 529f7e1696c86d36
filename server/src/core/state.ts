/** The queue's state: what evolve() builds from events and decide() reads. Immutable data. */
import { Map as ImmutableMap } from 'immutable';
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

/**
 * Today's tickets by id, as a persistent map (immutable.js): a new version shares all but one path of the
 * trie with the one before, so a command costs O(log n) here and never a copy of the whole day.
 */
export type TicketMap = ImmutableMap<TicketId, Ticket>;

/**
 * One service's tickets of today counted by status, and its finished services' total time at the counter;
 * `waitingPriority`: how many of the waiting ones are priority tickets (a new ticket's place without a sort).
 */
export type ServiceTally = Record<TicketStatus, number> & { timed: number; timedMs: number; waitingPriority: number };

/**
 * What evolve keeps beside the tickets so that a command reads the open tickets and the day's counts
 * without a pass over the day. Derived: always equal to a recount of the tickets (indexTickets); a
 * property test holds evolve to that. Every list is in issue order; empty lists and zero tallies have no entry.
 */
export interface QueueIndex {
  /** Open tickets (waiting, called, serving) per service. */
  open: Record<ServiceId, readonly TicketId[]>;
  /** The open tickets a transfer sent to one counter (also in `open`). */
  targeted: readonly TicketId[];
  /** Today's no-shows (they may still be called back). */
  noShows: readonly TicketId[];
  /** Per service. */
  tally: Record<ServiceId, ServiceTally>;
}

export interface QueueState {
  setup: Setup | null;
  /** The business day in progress, or null before the first command. */
  day: string | null;
  /** Today's tickets (and ones carried over); finished days are dropped at rollover. */
  tickets: TicketMap;
  counters: Record<CounterId, CounterState>;
  /** Last sequence number issued today, per service. */
  lastSeq: Record<ServiceId, number>;
  /** Tickets issued today, per service (for the daily cap). */
  issuedToday: Record<ServiceId, number>;
  /** Kept by evolve from the tickets; never written by anyone else. */
  index: QueueIndex;
}

/** The index of a day with no tickets. */
export function emptyIndex(): QueueIndex {
  return { open: {}, targeted: [], noShows: [], tally: {} };
}

/** The state before any event. */
export function initialState(): QueueState {
  return { setup: null, day: null, tickets: ImmutableMap(), counters: {}, lastSeq: {}, issuedToday: {}, index: emptyIndex() };
}

/** True for tickets that may still be called or are at a counter. */
export function isOpen(t: Ticket): boolean {
  return t.status === 'waiting' || t.status === 'called' || t.status === 'serving';
}

/** A closed counter with nobody signed in. */
export function closedCounter(id: CounterId): CounterState {
  return { id, status: 'closed', staffId: null, pauseReason: null, currentTicketId: null, normalsSincePriority: 0, servedToday: 0, lastCompleted: null };
}

/** True for tickets that will never be called again. */
export function isFinished(t: Ticket): boolean {
  return t.status === 'done' || t.status === 'noShow' || t.status === 'cancelled' || t.status === 'expired';
}
