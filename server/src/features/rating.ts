/**
 * Citizens rate the service at the counter when it ends. Only the rating tablet paired with the counter rates, only
 * the ticket completed there most recently, within `rating.windowSeconds` of its completion, once; every refusal
 * is written to the audit trail (admin_audit, key `rating.refused`).
 * REST   POST /api/ratings {ticketId, level, reasons?} (the counter's tablet) -> RatingView (201); 403 RATING_NOT_TABLET /
 *        RATING_OTHER_COUNTER; 409 TICKET_NOT_DONE / RATING_NOT_LATEST / RATING_WINDOW_CLOSED / ALREADY_RATED
 *        GET  /api/ratings?from=YYYY-MM-DD&to=YYYY-MM-DD (supervisor/admin) -> RatingView[]
 *        GET  /api/ratings/summary?day=YYYY-MM-DD (supervisor/admin) -> RatingSummary
 * socket a counter device joins room `rating:<counterId>`; server -> it 'rating:ask' RatingAsk when a ticket at
 *        that counter is completed, by "complete" or automatically by "next", "call" or "close".
 *        client -> server 'rating:submit' {ticketId, level, reasons?} with an ack: the same rules as the REST route.
 */
import { z } from 'zod';
import type { RatingAsk, RatingSummary, RatingView } from '../contract';
import type { Ticket } from '../core';
import { actor, allow } from '../app/access';
import type { Principal } from '../app/auth';
import type { AppContext } from '../app/context';
import { ApiFailure, describeError, parseInput } from '../http/errors';
import { json, principalOf } from './admin/http';
import { DEFAULT_LEVELS, ratingFigures, type LevelDef } from './reports/rating-figures';
import type { Feature } from './feature';

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
  const t = ctx.queue.state.tickets.get(id) ?? ctx.queue.journal.archivedTicket(id);
  if (!t) throw new ApiFailure(404, 'UNKNOWN_TICKET', 'Không tìm thấy số thứ tự / no such ticket');
  return t;
}

/** Who may rate this ticket now: the tablet of its counter, the counter's latest completion, inside the window. */
function assertMayRate(ctx: AppContext, who: Principal, t: Ticket): void {
  if (who.kind !== 'device' || who.role !== 'counter' || !who.counterId) {
    throw new ApiFailure(403, 'RATING_NOT_TABLET', 'Chỉ màn hình đánh giá của quầy mới được đánh giá / only the counter\'s rating tablet may rate');
  }
  if (who.counterId !== t.counterId) {
    throw new ApiFailure(403, 'RATING_OTHER_COUNTER', 'Thiết bị này không thuộc quầy của số này / this tablet is paired with another counter');
  }
  if (t.status !== 'done') throw new ApiFailure(409, 'TICKET_NOT_DONE', 'Số này chưa hoàn thành / the ticket is not completed');
  const last = ctx.queue.state.counters[who.counterId]?.lastCompleted ?? null;
  if (!last || last.ticketId !== t.id) {
    throw new ApiFailure(409, 'RATING_NOT_LATEST', 'Chỉ đánh giá được số vừa hoàn thành tại quầy / only the ticket just completed here may be rated');
  }
  if (ctx.now() - last.at > ctx.config.rating.windowSeconds * 1000) {
    throw new ApiFailure(409, 'RATING_WINDOW_CLOSED', `Đã hết thời gian đánh giá (${ctx.config.rating.windowSeconds} giây) / the time to rate is over`);
  }
}

/** Writes a refused rating attempt to the audit trail (who, which ticket, why). */
function auditRefusal(ctx: AppContext, who: Principal, ticketId: string, e: unknown): void {
  if (!(e instanceof ApiFailure) || e.status === 400 || e.status === 404) return;
  const by = actor(who);
  const number = ctx.queue.state.tickets.get(ticketId)?.number ?? ticketId;
  ctx.queue.journal.db.prepare('INSERT INTO admin_audit (at, by, key, what) VALUES (?, ?, ?, ?)')
    .run(ctx.now(), by, 'rating.refused', `Đánh giá bị từ chối / rating refused: ${e.code} (số ${number})`);
}

/** Checks, stores and audits a rating attempt by anyone (a refusal is thrown after it is recorded in the trail). */
function attemptRating(ctx: AppContext, who: Principal | null, body: unknown): RatingView {
  // An anonymous caller's body is never read (http/body.ts): refused before any parsing, and not written to the
  // trail, which anyone on the LAN could otherwise fill (the trail records who tried; an anonymous call has no who).
  if (!who) throw new ApiFailure(401, 'UNAUTHORIZED', 'Cần đăng nhập hoặc mã thiết bị / a bearer token is required');
  const input = parseInput(postSchema, body);
  try {
    return recordRating(ctx, who, input); // who may rate is assertMayRate's question
  } catch (e) {
    auditRefusal(ctx, who, input.ticketId, e);
    throw e;
  }
}

/** Stores one rating; the database refuses a second one for the same ticket. */
export function recordRating(ctx: AppContext, who: Principal, input: z.infer<typeof postSchema>): RatingView {
  const level = String(input.level);
  if (!ratingLevels(ctx).some((l) => l.key === level)) throw new ApiFailure(400, 'VALIDATION', `Mức đánh giá không hợp lệ / unknown level "${level}"`);
  const t = findTicket(ctx, input.ticketId);
  assertMayRate(ctx, who, t);
  const view: RatingView = {
    ticketId: t.id, number: t.number, day: t.day, serviceId: t.serviceId, counterId: t.counterId, staffId: t.staffId,
    level, reasons: input.reasons ?? [], at: ctx.now(),
  };
  try {
    ctx.queue.journal.db.prepare(`INSERT INTO ratings (ticket_id, ticket_number, day, service_id, counter_id, staff_id, level, reasons, at, by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(view.ticketId, view.number, view.day, view.serviceId, view.counterId, view.staffId,
      view.level, JSON.stringify(view.reasons), view.at, actor(who));
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
function listRatings(ctx: AppContext, from = '0000-00-00', to = '9999-99-99'): RatingView[] {
  return (ctx.queue.journal.db.prepare('SELECT * FROM ratings WHERE day >= ? AND day <= ? ORDER BY at').all(from, to) as Row[]).map(toView);
}

/** Counts per level with percentages, for one business day. */
function ratingSummary(ctx: AppContext, day: string): RatingSummary {
  const rows = listRatings(ctx, day, day).map((r) => ({ level: r.level, serviceId: r.serviceId, counterId: r.counterId, staffId: r.staffId, at: r.at }));
  const id = (x: string) => x;
  const { total } = ratingFigures(rows, { service: id, counter: id, staff: id }, ratingLevels(ctx));
  return { day, total: total.count, levels: total.levels };
}

export const ratingFeature: Feature = {
  name: 'rating',
  routes(r, ctx) {
    r.post('/ratings', json((req) => attemptRating(ctx, principalOf(ctx, req), req.body), 201));
    r.get('/ratings/summary', json((req) => {
      allow(principalOf(ctx, req), ['supervisor', 'admin']);
      const q = parseInput(summarySchema, req.query);
      return ratingSummary(ctx, q.day ?? ctx.queue.state.day ?? new Date(ctx.now()).toISOString().slice(0, 10));
    }));
    r.get('/ratings', json((req) => {
      allow(principalOf(ctx, req), ['supervisor', 'admin']);
      const q = parseInput(rangeSchema, req.query);
      return listRatings(ctx, q.from, q.to);
    }));
  },
  sockets(io, ctx) {
    io.on('connection', (socket) => {
      const p = (socket.data as { principal?: Principal | null }).principal;
      if (p?.kind === 'device' && p.role === 'counter' && p.counterId) void socket.join(`rating:${p.counterId}`);
      socket.on('rating:submit', (payload: unknown, ack: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (x: unknown) => void) : () => {};
        try { reply({ ok: true, data: attemptRating(ctx, p ?? null, payload) }); } catch (e) { reply({ ok: false, error: describeError(e).error }); }
      });
    });
    ctx.bus.on('committed', ({ events, state }) => {
      for (const { event } of events) {
        // Every completion asks, the automatic one too: "next" while serving finishes the citizen who is leaving.
        if (event.type !== 'TicketCompleted') continue;
        const t = state.tickets.get(event.ticketId);
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
