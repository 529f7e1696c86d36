/** Commands (what someone asks the queue to do) and events (what happened). Time and ids come in. */
import type { CounterId, PriorityId, ServiceId, Setup, StaffId, TicketId } from './setup';
import type { Ticket, TicketSource } from './state';

interface At { at: number }
interface AtCounter extends At { counterId: CounterId; staffId: StaffId }

export type Command =
  | (At & { type: 'applySetup'; setup: Setup; source: 'config' | 'admin'; by: string; configHash?: string })
  | (At & { type: 'issueTicket'; ticketId: TicketId; serviceId: ServiceId; priority?: PriorityId | null; source?: TicketSource })
  | (AtCounter & { type: 'openCounter' })
  | (AtCounter & { type: 'closeCounter' })
  | (AtCounter & { type: 'pauseCounter'; reason: string })
  | (AtCounter & { type: 'resumeCounter' })
  | (AtCounter & { type: 'callNext' })
  | (AtCounter & { type: 'callTicket'; ticketId: TicketId })
  | (AtCounter & { type: 'recall' })
  | (AtCounter & { type: 'startServing' })
  | (AtCounter & { type: 'complete' })
  | (AtCounter & { type: 'noShow' })
  | (AtCounter & { type: 'callBackNoShow'; ticketId: TicketId })
  | (AtCounter & { type: 'transfer'; toServiceId?: ServiceId; toCounterId?: CounterId })
  | (At & { type: 'cancelTicket'; ticketId: TicketId; by: string })
  | (At & { type: 'rollDay' });

export type CommandType = Command['type'];

/** The ticket fields fixed at issue time (the same fields as the ticket's, so evolve copies them as they are). */
export type IssuedTicket = Pick<Ticket, 'id' | 'number' | 'seq' | 'serviceId' | 'priority' | 'day' | 'issuedAt' | 'source'>;

interface EvCounter extends At { counterId: CounterId; staffId: StaffId }
interface EvTicket extends EvCounter { ticketId: TicketId }

export type QueueEvent =
  | (At & { type: 'SetupApplied'; setup: Setup; source: 'config' | 'admin'; by: string; configHash?: string })
  | (At & { type: 'DayRolledOver'; from: string | null; to: string; expired: TicketId[]; carried: TicketId[]; autoCompleted: TicketId[] })
  | (At & { type: 'TicketIssued'; ticket: IssuedTicket })
  | (EvCounter & { type: 'CounterOpened' })
  | (EvCounter & { type: 'CounterClosed' })
  | (EvCounter & { type: 'CounterPaused'; reason: string })
  | (EvCounter & { type: 'CounterResumed' })
  | (EvTicket & { type: 'TicketCalled'; outOfOrder: boolean })
  | (EvTicket & { type: 'TicketRecalled'; recalls: number })
  | (EvTicket & { type: 'ServiceStarted' })
  | (EvTicket & { type: 'TicketCompleted'; auto: boolean })
  | (EvTicket & { type: 'TicketNoShow' })
  /** A no-show came back the same day: the ticket waits again (a TicketCalled follows at once). */
  | (EvTicket & { type: 'NoShowCalledBack' })
  | (At & { type: 'TicketTransferred'; ticketId: TicketId; fromCounterId: CounterId | null; staffId: StaffId | null; toServiceId: ServiceId; toCounterId: CounterId | null })
  | (At & { type: 'TicketCancelled'; ticketId: TicketId; by: string });

export type QueueEventType = QueueEvent['type'];
