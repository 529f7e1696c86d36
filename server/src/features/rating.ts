/**
 * Citizens rate the service at the counter when it ends.
 * REST   POST /api/ratings {ticketId, level, reasons?} (counter device paired to the ticket's counter, or staff) -> RatingView (201)
 *        GET  /api/ratings?from=YYYY-MM-DD&to=YYYY-MM-DD (supervisor/admin) -> RatingView[]
 *        GET  /api/ratings/summary?day=YYYY-MM-DD (supervisor/admin) -> RatingSummary
 * socket a counter device joins room `rating:<counterId>`; server -> it 'rating:ask' RatingAsk when a ticket at
 *        that counter is completed by staff (TicketCompleted, auto=false).
 */
import { z } from 'zod';
import type { RatingAsk } from '../contract';
import type { Ticket } from '../core';
import { require } from '../app/actions';
import type { Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { ApiFailure, parseInput } from '../http/errors';
import { json, principalOf } from './admin/http';
import { DEFAULT_LEVELS, ratingFigures, type LevelDef } from './reports/rating-figures';
import type { Feature } from './feature';

/** What the rating screen is told when the citizen at its counter is done. */
export type { RatingAsk };
import type { RatingSummary, RatingView } from '../contract/rest';
export type { RatingSummary, RatingView };

const FIVE: LevelDef[] = ['5', '4', '3', '2', '1'].map((k) => ({ key: k, label: `${k} sao` }));
/** The levels of the configured scale, best first. */
export function ratingLevels(ctx: AppContext): LevelDef[] {
  return ctx.config.rating.scale === 'five' ? FIVE : DEFAULT_LEVELS;
}

const postSchema = z.object({
  ticketId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  level: z.union([z.string().min(1).max(32), z.number().int().min(1).max(5)]),
  reasons: z.array(z.string().min(1).max(200)).max(10).optional(),
}).strict();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const rangeSchema = z.object({ from: day.optional(), to: day.optional() });
const summarySchema = z.object({ day: day.optional() });

function findTicket(ctx: AppContext, id: string): Ticket {
  const t = ctx.queue.state.tickets[id] ?? ctx.queue.journal.archivedTicket(id);
  if (!t) throw new ApiFailure(404, 'UNKNOWN_TICKET', 'Không tìm thấy số thứ tự / no such ticket');
  return t;
}

/** Stores one rating; the database refuses a second one for the same ticket. */
export function recordRating(ctx: AppContext, who: Principal, input: z.infer<typeof postSchema>): RatingView {
  const t = findTicket(ctx, input.ticketId);
  if (who.kind === 'device' && (who.role !== 'counter' || !who.counterId || who.counterId !== t.counterId)) {
    throw new ApiFailure(403, 'FORBIDDEN', 'Thiết bị này không thuộc quầy của số này / this device is not paired to that counter');
  }
  if (t.status !== 'done') throw new ApiFailure(409, 'TICKET_NOT_DONE', 'Số này chưa hoàn thành / the ticket is not completed');
  const level = String(input.level);
  if (!ratingLevels(ctx).some((l) => l.key === level)) throw new ApiFailure(400, 'VALIDATION', `Mức đánh giá không hợp lệ / unknown level "${level}"`);
  const view: RatingView = {
    ticketId: t.id, number: t.number, day: t.day, serviceId: t.serviceId, counterId: t.counterId, staffId: t.staffId,
    level, reasons: input.reasons ?? [], at: ctx.now(),
  };
  try {
    ctx.queue.journal.db.prepare(`INSERT INTO ratings (ticket_id, ticket_number, day, service_id, counter_id, staff_id, level, reasons, at, by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(view.ticketId, view.number, view.day, view.serviceId, view.counterId, view.staffId,
      view.level, JSON.stringify(view.reasons), view.at, who.kind === 'staff' ? `staff:${who.username}` : `device:${who.id}`);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new ApiFailure(409, 'ALREADY_RATED', 'Số này đã được đánh giá / already rated');
    throw e;
  }
  return view;
}

type Row = { ticket_id: string; ticket_number: string; day: string; service_id: string | null; counter_id: string | null; staff_id: string | null; level: string; reasons: string; at: number };
const toView = (r: Row): RatingView => ({
  ticketId: r.ticket_id, number: r.ticket_number, day: r.day, serviceId: r.service_id, counterId: r.counter_id, staffId: r.staff_id,
  level: r.level, reasons: JSON.parse(r.reasons) as string[], at: r.at,
});

/** Ratings whose ticket's business day is within [from, to] (both inclusive). */
export function listRatings(ctx: AppContext, from = '0000-00-00', to = '9999-99-99'): RatingView[] {
  return (ctx.queue.journal.db.prepare('SELECT * FROM ratings WHERE day >= ? AND day <= ? ORDER BY at').all(from, to) as Row[]).map(toView);
}

/** Counts per level with percentages, for one business day. */
export function ratingSummary(ctx: AppContext, day: string): RatingSummary {
  const rows = listRatings(ctx, day, day).map((r) => ({ level: r.level, serviceId: r.serviceId, counterId: r.counterId, staffId: r.staffId, at: r.at }));
  const id = (x: string) => x;
  const { total } = ratingFigures(rows, { service: id, counter: id, staff: id }, ratingLevels(ctx));
  return { day, total: total.count, levels: total.levels };
}

export const ratingFeature: Feature = {
  name: 'rating',
  routes(r, ctx) {
    r.post('/ratings', json((req) => {
      const who = require(principalOf(ctx, req), ['counter', 'staff', 'supervisor', 'admin']);
      return recordRating(ctx, who, parseInput(postSchema, req.body));
    }, 201));
    r.get('/ratings/summary', json((req) => {
      require(principalOf(ctx, req), ['supervisor', 'admin']);
      const q = parseInput(summarySchema, req.query);
      return ratingSummary(ctx, q.day ?? ctx.queue.state.day ?? new Date(ctx.now()).toISOString().slice(0, 10));
    }));
    r.get('/ratings', json((req) => {
      require(principalOf(ctx, req), ['supervisor', 'admin']);
      const q = parseInput(rangeSchema, req.query);
      return listRatings(ctx, q.from, q.to);
    }));
  },
  sockets(io, ctx) {
    io.on('connection', (socket) => {
      const p = (socket.data as { principal?: Principal | null }).principal;
      if (p?.kind === 'device' && p.role === 'counter' && p.counterId) void socket.join(`rating:${p.counterId}`);
    });
    ctx.bus.on('committed', ({ events, state }) => {
      for (const { event } of events) {
        if (event.type !== 'TicketCompleted' || event.auto) continue;
        const t = state.tickets[event.ticketId];
        if (!t) continue;
        const ask: RatingAsk = {
          ticketId: t.id, number: t.number, serviceId: t.serviceId, counterId: event.counterId, at: event.at,
          serviceName: state.setup?.services.find((s) => s.id === t.serviceId)?.name ?? t.serviceId,
        };
        io.to(`rating:${event.counterId}`).emit('rating:ask', ask);
      }
    });
  },
};
