/** decide(command, state) -> events: every rule of the queue. Pure: throws QueueError to refuse. */
import { businessDay } from './day';
import { refuse } from './errors';
import { evolveAll } from './evolve';
import type { Command, QueueEvent } from './messages';
import { capacity, formatNumber } from './numbering';
import { callOrder, servesTicket } from './selection';
import { openTickets } from './ticket-list';
import { assertSetup } from './setup-rules';
import type { CounterDef, Setup } from './setup';
import { closedCounter, isFinished, type CounterState, type QueueState, type Ticket } from './state';

type CounterCommand = Extract<Command, { counterId: string }>;

/** Decides what a command makes happen, or refuses it. A new business day is rolled over first. */
export function decide(cmd: Command, s: QueueState): QueueEvent[] {
  if (cmd.type === 'applySetup') {
    assertSetup(cmd.setup);
    const { type: _t, ...rest } = cmd;
    return [{ ...rest, type: 'SetupApplied' }];
  }
  const setup = s.setup ?? refuse('INVALID_SETUP', 'The office has no set-up yet');
  const roll = rollOver(s, setup, cmd.at);
  if (cmd.type === 'rollDay') return roll;
  return [...roll, ...decideToday(cmd, evolveAll(s, roll), setup)];
}

/** The events that close the previous business day, if the command's time is in a new one. */
function rollOver(s: QueueState, setup: Setup, at: number): QueueEvent[] {
  const today = businessDay(at, setup.timeZone, setup.dayResetAt);
  if (s.day !== null && today <= s.day) return []; // same day, or a clock that went back: never roll back
  const tickets = openTickets(s); // only open tickets expire, carry over or are completed: O(open), not O(day)
  const waiting = tickets.filter((t) => t.status === 'waiting').map((t) => t.id);
  const active = tickets.filter((t) => t.status === 'called' || t.status === 'serving').map((t) => t.id);
  const carry = setup.endOfDay === 'carryOver';
  return [{
    type: 'DayRolledOver', at, from: s.day, to: today,
    expired: carry ? [] : waiting, carried: carry ? waiting : [], autoCompleted: active,
  }];
}

function decideToday(cmd: Exclude<Command, { type: 'applySetup' | 'rollDay' }>, s: QueueState, setup: Setup): QueueEvent[] {
  switch (cmd.type) {
    case 'issueTicket':
      return issueTicket(cmd, s, setup);
    case 'cancelTicket': {
      const t = s.tickets.get(cmd.ticketId) ?? refuse('UNKNOWN_TICKET', `No ticket ${cmd.ticketId} today`);
      if (isFinished(t)) refuse('TICKET_FINISHED', `Ticket ${t.number} is already finished`);
      return [{ type: 'TicketCancelled', at: cmd.at, ticketId: t.id, by: cmd.by }];
    }
    default:
      return decideAtCounter(cmd, s, setup);
  }
}

function issueTicket(cmd: Extract<Command, { type: 'issueTicket' }>, s: QueueState, setup: Setup): QueueEvent[] {
  const service = setup.services.find((x) => x.id === cmd.serviceId) ?? refuse('UNKNOWN_SERVICE', `Unknown service "${cmd.serviceId}"`);
  if (!service.enabled) refuse('SERVICE_DISABLED', `Service "${service.name}" is not taking tickets`);
  const priority = cmd.priority ?? null;
  if (priority !== null && !setup.priorities.some((p) => p.id === priority)) refuse('UNKNOWN_PRIORITY', `Unknown priority category "${priority}"`);
  const issued = s.issuedToday[service.id] ?? 0;
  if (service.dailyCap !== undefined && issued >= service.dailyCap) {
    refuse('DAILY_CAP_REACHED', `Service "${service.name}" has issued its ${service.dailyCap} tickets for today`);
  }
  const seq = (s.lastSeq[service.id] ?? 0) + 1;
  if (seq > capacity(service.numbering)) refuse('RANGE_EXHAUSTED', `Service "${service.name}" has no numbers left today`);
  if (s.tickets.get(cmd.ticketId)) throw new Error(`ticket id ${cmd.ticketId} is already used`);
  return [{
    type: 'TicketIssued', at: cmd.at,
    ticket: {
      id: cmd.ticketId, number: formatNumber(service.numbering, seq), seq, serviceId: service.id, priority,
      day: s.day!, issuedAt: cmd.at, source: cmd.source ?? 'kiosk',
    },
  }];
}

interface AtCounter { def: CounterDef; c: CounterState; current: Ticket | null }

function counterContext(cmd: CounterCommand, s: QueueState, setup: Setup): AtCounter {
  const def = setup.counters.find((x) => x.id === cmd.counterId) ?? refuse('UNKNOWN_COUNTER', `Unknown counter "${cmd.counterId}"`);
  const c = s.counters[def.id] ?? closedCounter(def.id);
  const current = c.currentTicketId ? (s.tickets.get(c.currentTicketId) ?? null) : null;
  return { def, c, current };
}

/** The counter must be open and held by this staff member. */
function requireHolder(c: CounterState, staffId: string): void {
  if (c.status === 'closed') refuse('COUNTER_CLOSED', `Counter ${c.id} is closed: sign in first`);
  if (c.staffId !== staffId) refuse('COUNTER_TAKEN', `Counter ${c.id} is held by another staff member`);
}

/** Signs the staff member in if the counter is free; refuses if someone else holds it. */
function signIn(cmd: CounterCommand, c: CounterState): QueueEvent[] {
  if (c.status === 'closed') return [{ type: 'CounterOpened', at: cmd.at, counterId: c.id, staffId: cmd.staffId }];
  if (c.staffId !== cmd.staffId) refuse('COUNTER_TAKEN', `Counter ${c.id} is held by another staff member`);
  return [];
}

function requireCurrent(ctx: AtCounter): Ticket {
  return ctx.current ?? refuse('COUNTER_IDLE', `Counter ${ctx.c.id} is not serving anyone`);
}

/** Completes the ticket still at the counter when the staff moves on to the next one. */
function autoComplete(cmd: CounterCommand, ctx: AtCounter): QueueEvent[] {
  if (!ctx.current) return [];
  return [{ type: 'TicketCompleted', at: cmd.at, ticketId: ctx.current.id, counterId: ctx.c.id, staffId: cmd.staffId, auto: true }];
}

function decideAtCounter(cmd: CounterCommand, s: QueueState, setup: Setup): QueueEvent[] {
  const ctx = counterContext(cmd, s, setup);
  const { c } = ctx;
  const base = { at: cmd.at, counterId: c.id, staffId: cmd.staffId };
  switch (cmd.type) {
    case 'openCounter':
      return signIn(cmd, c);
    case 'closeCounter':
      requireHolder(c, cmd.staffId);
      return [...autoComplete(cmd, ctx), { ...base, type: 'CounterClosed' }];
    case 'pauseCounter':
      requireHolder(c, cmd.staffId);
      if (c.status === 'paused') refuse('ALREADY_PAUSED', `Counter ${c.id} is already paused`);
      return [{ ...base, type: 'CounterPaused', reason: cmd.reason.trim() }];
    case 'resumeCounter':
      requireHolder(c, cmd.staffId);
      if (c.status !== 'paused') refuse('NOT_PAUSED', `Counter ${c.id} is not paused`);
      return [{ ...base, type: 'CounterResumed' }];
    case 'callNext': {
      const opened = signIn(cmd, c);
      if (c.status === 'paused') refuse('COUNTER_PAUSED', `Counter ${c.id} is paused: resume first`);
      const next = callOrder(s, ctx.def, c, setup.priorityPolicy)[0] ?? refuse('QUEUE_EMPTY', `Nobody is waiting for counter ${c.id}`);
      return [...opened, ...autoComplete(cmd, ctx), { ...base, type: 'TicketCalled', ticketId: next.id, outOfOrder: false }];
    }
    case 'callTicket': {
      const opened = signIn(cmd, c);
      if (c.status === 'paused') refuse('COUNTER_PAUSED', `Counter ${c.id} is paused: resume first`);
      const t = s.tickets.get(cmd.ticketId) ?? refuse('UNKNOWN_TICKET', `No ticket ${cmd.ticketId} today`);
      if (t.status !== 'waiting') refuse('TICKET_NOT_WAITING', `Ticket ${t.number} is not waiting`);
      if (!servesTicket(ctx.def, t)) refuse('NOT_AT_THIS_COUNTER', `Ticket ${t.number} is not for counter ${c.id}`);
      const first = callOrder(s, ctx.def, c, setup.priorityPolicy)[0];
      return [...opened, ...autoComplete(cmd, ctx), { ...base, type: 'TicketCalled', ticketId: t.id, outOfOrder: first?.id !== t.id }];
    }
    case 'recall': {
      requireHolder(c, cmd.staffId);
      if (c.status === 'paused') refuse('COUNTER_PAUSED', `Counter ${c.id} is paused: resume first`);
      const t = requireCurrent(ctx);
      if (t.status !== 'called') refuse('TICKET_NOT_CALLED', `Ticket ${t.number} is already being served`);
      return [{ ...base, type: 'TicketRecalled', ticketId: t.id, recalls: t.recalls + 1 }];
    }
    case 'startServing': {
      requireHolder(c, cmd.staffId);
      const t = requireCurrent(ctx);
      if (t.status !== 'called') refuse('TICKET_NOT_CALLED', `Ticket ${t.number} is already being served`);
      return [{ ...base, type: 'ServiceStarted', ticketId: t.id }];
    }
    case 'complete': {
      requireHolder(c, cmd.staffId);
      const t = requireCurrent(ctx);
      return [{ ...base, type: 'TicketCompleted', ticketId: t.id, auto: false }];
    }
    case 'noShow': {
      requireHolder(c, cmd.staffId);
      const t = requireCurrent(ctx);
      if (t.status !== 'called') refuse('TICKET_NOT_CALLED', `Ticket ${t.number} is being served: complete it instead`);
      return [{ ...base, type: 'TicketNoShow', ticketId: t.id }];
    }
    case 'callBackNoShow':
      return callBack(cmd, ctx, s, setup);
    case 'transfer':
      return transfer(cmd, ctx, setup);
    default:
      return assertNever(cmd);
  }
}

/** Minutes a no-show may still be called back when the set-up does not say. */
export const DEFAULT_CALL_BACK_MINUTES = 30;

/** Calls back, at this counter, a citizen marked absent earlier today who has come back. */
function callBack(cmd: Extract<Command, { type: 'callBackNoShow' }>, ctx: AtCounter, s: QueueState, setup: Setup): QueueEvent[] {
  const opened = signIn(cmd, ctx.c);
  if (ctx.c.status === 'paused') refuse('COUNTER_PAUSED', `Counter ${ctx.c.id} is paused: resume first`);
  const t = s.tickets.get(cmd.ticketId) ?? refuse('UNKNOWN_TICKET', `No ticket ${cmd.ticketId} today`);
  if (t.status !== 'noShow') refuse('TICKET_NOT_NO_SHOW', `Ticket ${t.number} was not marked absent`);
  if (!ctx.def.services.includes(t.serviceId)) refuse('NOT_AT_THIS_COUNTER', `Ticket ${t.number} is not for counter ${ctx.c.id}`);
  const minutes = setup.noShowCallBackMinutes ?? DEFAULT_CALL_BACK_MINUTES;
  if (minutes <= 0 || cmd.at - (t.finishedAt ?? 0) > minutes * 60_000) {
    refuse('CALL_BACK_EXPIRED', `Ticket ${t.number} was marked absent more than ${minutes} minutes ago`);
  }
  const base = { at: cmd.at, counterId: ctx.c.id, staffId: cmd.staffId, ticketId: t.id };
  return [...opened, ...autoComplete(cmd, ctx), { ...base, type: 'NoShowCalledBack' }, { ...base, type: 'TicketCalled', outOfOrder: true }];
}

function transfer(cmd: Extract<Command, { type: 'transfer' }>, ctx: AtCounter, setup: Setup): QueueEvent[] {
  requireHolder(ctx.c, cmd.staffId);
  const t = requireCurrent(ctx);
  if (!cmd.toServiceId && !cmd.toCounterId) refuse('SAME_DESTINATION', 'Name a service or a counter to transfer to');
  const toServiceId = cmd.toServiceId ?? t.serviceId;
  const service = setup.services.find((x) => x.id === toServiceId) ?? refuse('UNKNOWN_SERVICE', `Unknown service "${toServiceId}"`);
  if (!service.enabled) refuse('SERVICE_DISABLED', `Service "${service.name}" is not taking tickets`);
  let toCounterId: string | null = null;
  if (cmd.toCounterId) {
    const target = setup.counters.find((x) => x.id === cmd.toCounterId) ?? refuse('UNKNOWN_COUNTER', `Unknown counter "${cmd.toCounterId}"`);
    if (target.id === ctx.c.id) refuse('SAME_DESTINATION', 'The ticket is already at this counter');
    toCounterId = target.id;
  } else if (toServiceId === t.serviceId) {
    refuse('SAME_DESTINATION', `Ticket ${t.number} is already in service "${service.name}"`);
  }
  return [{ type: 'TicketTransferred', at: cmd.at, ticketId: t.id, fromCounterId: ctx.c.id, staffId: cmd.staffId, toServiceId, toCounterId }];
}

function assertNever(x: never): never {
  throw new Error(`unhandled command ${JSON.stringify(x)}`);
}
