/** Turns each committed command into small deltas for the rooms that care. */
import type { QueueEvent, QueueState } from '../core';
import type { RecentCalls } from '../app/calls';
import type { AppContext } from '../app/context';
import { counterView, serviceViews, ticketView, waitingViews } from '../app/views';
import { hoursView, viewClock } from '../app/hours';
import { staffQueuesView } from '../app/queues-view';
import { ticketPrintExtras } from '../app/ticket-print';
import { ChangedOnly, coalesced, lastSent } from './coalesce';
import { publicCall, publicCounter, publicTicket } from '../app/public-views';
import type { Io } from './socket';

function countersOf(e: QueueEvent, s: QueueState): string[] {
  if (e.type === 'DayRolledOver' || e.type === 'SetupApplied') return Object.keys(s.counters);
  if (e.type === 'TicketTransferred') return [e.fromCounterId, e.toCounterId].filter((x): x is string => !!x);
  if ('counterId' in e) return [e.counterId];
  return [];
}


/** At most one `services`, `waiting` and per-ticket update per this many ms (calls and counters go at once). */
export const COALESCE_MS = 100;

/**
 * Subscribes to the bus and pushes deltas: call and counter at once, for what the events touched;
 * services, the staff's waiting list and each followed ticket coalesced (at most one per COALESCE_MS,
 * always the latest) and only when they changed. Per event, the work is the touched counters: the
 * views of the whole queue are built once per interval, not once per ticket.
 */
export function startBroadcasting(io: Io, ctx: AppContext, calls: RecentCalls): void {
  const both = ['public', 'staff'];
  const staffName = (u: string) => ctx.auth.staffName(u);
  const last = new ChangedOnly();
  lastSent.set(io, last);
  const onError = (e: unknown) => ctx.log.error('broadcast failed', e);
  const services = coalesced(COALESCE_MS, () => {
    const views = serviceViews(ctx.queue.state, viewClock(ctx));
    if (last.changed('services', views)) io.to(both).emit('services', views);
  }, onError);
  const waiting = coalesced(COALESCE_MS, () => {
    // The waiting list is sorted afresh each time: only when a staff screen is there to see it.
    if (!io.of('/').adapter.rooms.get('staff')?.size) return;
    const views = waitingViews(ctx.queue.state);
    if (last.changed('waiting', views)) io.to('staff').emit('waiting', views);
    const queues = staffQueuesView(ctx.queue.state);
    if (last.changed('queues', queues)) io.to('staff').emit('queues', queues);
  }, onError);
  const followers = coalesced(COALESCE_MS, () => {
    // Every follower of a ticket hears its new place in the queue, once it changed.
    const state = ctx.queue.state;
    const clock = viewClock(ctx);
    const rooms = new Set<string>();
    for (const room of io.of('/').adapter.rooms.keys()) {
      if (!room.startsWith('ticket:')) continue;
      rooms.add(room);
      const t = state.tickets.get(room.slice(7));
      if (!t) continue;
      const view = ticketView(state, t, ctx.config, clock);
      if (last.changed(room, view)) io.to(room).emit('ticket', publicTicket(view));
    }
    rooms.add('services').add('waiting').add('queues');
    last.keep(rooms);
  }, onError);
  ctx.bus.on('committed', ({ events, state }) => {
    for (const call of calls.add(events, state)) {
      io.to('public').emit('call', publicCall(call));
      io.to('staff').emit('call', call);
    }
    const counters = new Set(events.flatMap(({ event }) => countersOf(event, state)));
    for (const id of counters) {
      io.to('public').emit('counter', publicCounter(counterView(state, id)));
      io.to('staff').emit('counter', counterView(state, id, staffName));
    }
    services();
    waiting();
    followers();
  });
  ctx.devices.onChange((list) => io.to('staff').emit('devices', list));
}

/** Prints tickets issued at a kiosk once they are durable, and tells the kiosks how it went. */
export function startPrinting(io: Io, ctx: AppContext): void {
  ctx.bus.on('committed', ({ events, state }) => {
    for (const { event } of events) {
      if (event.type !== 'TicketIssued' || (event.ticket.source !== 'kiosk' && event.ticket.source !== 'cccd')) continue;
      const t = state.tickets.get(event.ticket.id);
      if (!t) continue;
      const view = ticketView(state, t, ctx.config, viewClock(ctx));
      void ctx.devices.printTicket(view, ctx.config.office.name, ctx.config.timeZone, ticketPrintExtras(ctx, view))
        .then((result) => { io.to('device:kiosk').emit('printed', result); io.to(`ticket:${t.id}`).emit('printed', result); });
    }
  });
}

/**
 * Office hours change with the clock, not with commands: checks every few seconds and, when a session
 * opens or ends or issuing stops, pushes 'hours' and fresh services (their `issuing`) to every screen.
 */
export function startHoursWatch(io: Io, ctx: AppContext, everyMs = 5_000): NodeJS.Timeout {
  let last = '';
  const check = () => {
    const h = hoursView(ctx.config, ctx.now());
    const clock = viewClock(ctx);
    // Only the hours and which services issue: the full service views are built when something changed.
    const key = JSON.stringify([h, (ctx.queue.state.setup?.services ?? []).map((s) => clock.issuing(s.id))]);
    if (key === last) return;
    const first = last === '';
    last = key;
    if (first) return; // screens got these in their snapshot
    io.to(['public', 'staff']).emit('hours', h);
    io.to(['public', 'staff']).emit('services', serviceViews(ctx.queue.state, clock));
  };
  check();
  const t = setInterval(() => {
    try { check(); } catch (e) { ctx.log.error('hours check failed', e); }
  }, everyMs);
  t.unref();
  return t;
}
