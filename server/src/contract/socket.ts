/** The socket.io contract: every event name and its payload, for the server and every UI. */
import type { Ack, CallView, CounterView, DeviceStatusView, HoursView, KioskScanView, PrintResultView, RatingAsk, RatingResultView, ServiceView, Snapshot, StaffQueuesView, TicketView, WaitingTicketView } from './views';
import type { ReadyDossierView } from './rest';
import type { CounterAction, CounterActionInput, TakeTicketInput } from './schemas';

type AckFn<T> = (ack: Ack<T>) => void;
/** The ack of every counter action (counter:open, callNext, complete, ...): the counter now and its ticket, if any. */
export interface CounterActionResult { ticket: TicketView | null; counter: CounterView }

export interface ServerToClient {
  /** A full picture on connect and reconnect. */
  snapshot: (s: Snapshot) => void;
  /** A number was called or recalled. */
  call: (c: CallView) => void;
  /** A counter changed (opened, paused, called, finished). */
  counter: (c: CounterView) => void;
  /** Waiting counts and estimates changed. */
  services: (s: ServiceView[]) => void;
  /** Staff only: the waiting tickets changed (the full list is small: one office's day). */
  waiting: (w: WaitingTicketView[]) => void;
  /** A followed ticket changed (phone page, kiosk). */
  ticket: (t: TicketView) => void;
  /** A device's health changed. */
  devices: (d: DeviceStatusView[]) => void;
  /** The kiosk that issued a ticket learns whether it printed. */
  printed: (p: PrintResultView) => void;
  /** Office hours changed (a session opened or ended, issuing stopped before the end). */
  hours: (h: HoursView) => void;
  /** The office's set-up changed: screens should take a fresh snapshot's lists. */
  setup: (s: Snapshot) => void;
  /** An admin edited the procedure catalog: kiosks fetch /api/catalog again (its ETag is this one). */
  catalog: (c: { etag: string }) => void;
  /** Kiosk only: a serial scanner's line, parsed on the server (to the kiosk paired with the scanner, else every kiosk). */
  scan: (s: KioskScanView) => void;
  /** Wall displays only: the results ready for pick-up, on connect and whenever the dossier store changes. */
  ready: (r: ReadyDossierView[]) => void;
  /** Rating tablet only: rate the ticket just completed at this counter. */
  'rating:ask': (a: RatingAsk) => void;
  /** Staff only: each counter's calling order and the no-shows it may call back (with every 'waiting'). */
  queues: (q: StaffQueuesView) => void;
}

export type CounterActionEvents = {
  [A in CounterAction as `counter:${A}`]: (p: CounterActionInput<A>, ack: AckFn<CounterActionResult>) => void;
};

export interface ClientToServer extends CounterActionEvents {
  'ticket:take': (p: TakeTicketInput, ack: AckFn<TicketView>) => void;
  'ticket:follow': (p: { ticketId: string }, ack: AckFn<TicketView>) => void;
  'snapshot:get': (p: { ticketId?: string }, ack: AckFn<Snapshot>) => void;
  /** The server's clock, for a screen that runs for weeks to keep its own clock in step (any role). */
  'time:get': (p: Record<string, never>, ack: AckFn<{ serverTime: number }>) => void;
  /** Kiosk only: this ticket is shown on screen instead of printed: never print it later. */
  'kiosk:dropPrint': (p: { ticketId: string }) => void;
  /** Rating tablet only: the citizen's rating of the ticket just completed at its counter. */
  'rating:submit': (p: { ticketId: string; level: string | number; reasons?: string[] }, ack: AckFn<RatingResultView>) => void;
}
