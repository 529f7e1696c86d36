/**
 * The office set-up the queue core works with: services, counters, priority categories
 * and the policies. It comes from the site config (and later from admin edits) and is
 * carried into the core by a SetupApplied event, so the journal alone rebuilds everything.
 */

export type ServiceId = string;
export type CounterId = string;
export type PriorityId = string;
export type StaffId = string;
export type TicketId = string;

/** How a service numbers its tickets: "A015" (prefix + zero-padded) or 1001..1999 (range). */
export type Numbering =
  | { kind: 'prefix'; prefix: string; pad: number }
  | { kind: 'range'; from: number; to: number; pad: number };

export interface ServiceDef {
  id: ServiceId;
  name: string;
  nameEn?: string;
  numbering: Numbering;
  /** Most tickets issued in one business day; none when absent. */
  dailyCap?: number;
  /** Minutes one citizen takes on average: the first guess for waiting estimates. */
  avgServiceMinutes: number;
  /** A disabled service keeps its history but issues no tickets. */
  enabled: boolean;
}

export interface CounterDef {
  id: CounterId;
  /** Shown and spoken: "Quầy số 3". */
  number: number;
  name: string;
  /** Services this counter serves, most preferred first. */
  services: ServiceId[];
}

export interface PriorityCategory {
  id: PriorityId;
  name: string;
  nameEn?: string;
}

/** strict: every priority ticket before any normal one; interleaved: N normal, then 1 priority. */
export type PriorityPolicy = { kind: 'strict' } | { kind: 'interleaved'; normalPerPriority: number };

export interface Setup {
  timeZone: string;
  /** Local time "HH:MM" at which numbering restarts: set it to the office's opening. */
  dayResetAt: string;
  /** What happens to tickets still waiting when the business day ends. */
  endOfDay: 'expire' | 'carryOver';
  priorityPolicy: PriorityPolicy;
  /** Minutes after a no-show during which staff may still call the citizen back (0: never); 30 when absent. */
  noShowCallBackMinutes?: number;
  priorities: PriorityCategory[];
  services: ServiceDef[];
  counters: CounterDef[];
}
