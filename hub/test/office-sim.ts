/** Drives a real office server through simulated days: tickets issued, called, served or missed, rated; dossiers received and resolved. */
import type { AppContext } from '../../server/src/app/context';
import type { Principal } from '../../server/src/app/auth';
import { upsertDossiers } from '../../server/src/features/dossiers/store';
import { recordRating } from '../../server/src/features/rating';

/** A clock the test moves; the server's `now` reads it. */
export interface Clock { t: number }

const AT = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+07:00`);
const STAFF: Array<[string, string]> = [['q1', 'canbo1'], ['q2', 'canbo2']];

/** One working day of `n` tickets at counters q1 and q2; returns the day's ticket ids. */
export function runDay(ctx: AppContext, clock: Clock, day: string, n: number, tag: string): string[] {
  clock.t = AT(day, '07:30');
  ctx.queue.execute({ type: 'rollDay', at: clock.t }, 'clock');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    clock.t += 45_000 + (i % 7) * 10_000;
    const id = `${tag}-${day}-${i}`;
    ctx.queue.execute({ type: 'issueTicket', at: clock.t, ticketId: id, serviceId: i % 3 === 0 ? 'chungthuc' : 'hotich' }, 'kiosk:kiosk-1');
    ids.push(id);
  }
  for (let i = 0; i < n; i++) {
    const [counterId, staffId] = STAFF[i % 2]!;
    clock.t += 120_000 + (i % 5) * 30_000;
    ctx.queue.execute({ type: 'callNext', at: clock.t, counterId, staffId }, `staff:${staffId}`);
    const current = ctx.queue.state.counters[counterId]!.currentTicketId!;
    clock.t += 20_000;
    if (i % 6 === 5) { ctx.queue.execute({ type: 'noShow', at: clock.t, counterId, staffId }, `staff:${staffId}`); continue; }
    ctx.queue.execute({ type: 'startServing', at: clock.t, counterId, staffId }, `staff:${staffId}`);
    clock.t += 180_000 + (i % 4) * 60_000;
    ctx.queue.execute({ type: 'complete', at: clock.t, counterId, staffId }, `staff:${staffId}`);
    if (i % 2 === 0) {
      // Rated as the office rates: by the counter's own tablet, right after the completion (issue 15's rule).
      const who: Principal = { kind: 'device', id: `rating-${counterId}`, role: 'counter', counterId };
      recordRating(ctx, who, { ticketId: current, level: ['rat_hai_long', 'hai_long', 'chua_hai_long'][i % 3]! });
    }
  }
  // Dossiers: two received today (one carrying the applicant's full name, which must never leave), one resolved.
  const db = ctx.queue.journal.db;
  upsertDossiers(db, [0, 1].map((k) => ({
    code: `${tag}-${day}-HS${k}`, procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', field: k ? 'Hộ tịch' : 'Chứng thực',
    applicantName: 'Nguyễn Văn Bình An', channel: k ? 'truc_tuyen' as const : 'truc_tiep' as const, receivedDate: day, dueDate: day,
    status: k ? 'dang_giai_quyet' as const : 'da_tra' as const, resolvedDate: k ? null : day, returnedDate: k ? null : day,
  })), 'test', clock.t);
  return ids;
}
