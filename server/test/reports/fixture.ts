/** November 2026 at the demo office: known dossiers, tickets and ratings, with the figures counted by hand. */
import type { Db } from '../../src/journal/db';
import type { RunningServer } from '../../src/server';
import { client, login, testServer } from '../integration/helpers';

const d = (code: string, field: string, channel: string, receivedDate: string, dueDate: string, status: string,
  resolvedDate: string | null = null, returnedDate: string | null = null) =>
  ({ code, procedureName: field === 'Hộ tịch' ? 'Đăng ký khai sinh' : 'Chứng thực bản sao', field, applicantName: 'Nguyễn Văn An',
    channel, receivedDate, dueDate, status, resolvedDate, returnedDate });

const DOSSIERS = [
  d('HT-01', 'Hộ tịch', 'truc_tiep', '2026-11-02', '2026-11-04', 'da_tra', '2026-11-03', '2026-11-05'), // early
  d('HT-02', 'Hộ tịch', 'truc_tuyen', '2026-11-02', '2026-11-06', 'cho_tra', '2026-11-06'), // on time (Fri)
  d('HT-03', 'Hộ tịch', 'truc_tuyen', '2026-11-03', '2026-11-06', 'cho_tra', '2026-11-09'), // late: due Fri, resolved Mon
  d('HT-04', 'Hộ tịch', 'buu_chinh', '2026-10-28', '2026-11-03', 'da_tra', '2026-11-02', '2026-11-02'), // carried over, early
  d('HT-05', 'Hộ tịch', 'truc_tiep', '2026-10-20', '2026-10-23', 'da_tra', '2026-10-22', '2026-10-22'), // done before: not counted
  d('HT-06', 'Hộ tịch', 'buu_chinh', '2026-11-25', '2026-12-02', 'dang_giai_quyet'), // in progress, not overdue
  d('CT-01', 'Chứng thực', 'truc_tiep', '2026-11-10', '2026-11-10', 'da_tra', '2026-11-10', '2026-11-10'), // on time
  d('CT-02', 'Chứng thực', 'truc_tiep', '2026-11-12', '2026-11-14', 'da_tra', '2026-11-16', '2026-11-16'), // due Sat -> Mon: on time
  d('CT-03', 'Chứng thực', 'truc_tuyen', '2026-10-30', '2026-11-05', 'tam_dung'), // carried over, paused
  d('CT-04', 'Chứng thực', 'truc_tiep', '2026-11-16', '2026-11-18', 'cho_bo_sung'), // in progress, overdue, waiting for documents
  d('CT-05', 'Chứng thực', 'truc_tuyen', '2026-12-01', '2026-12-03', 'dang_giai_quyet'), // after the period
];

const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+07:00`);

/** Writes the tickets (the projection rows the queue would have written) and ratings of the fixture. */
function seedTicketsAndRatings(db: Db): void {
  const ins = db.prepare(`INSERT INTO tickets (id, number, seq, service_id, original_service_id, day, issued_at, source, status,
    counter_id, staff_id, first_called_at, called_at, serving_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'kiosk', ?, ?, ?, ?, ?, ?, ?)`);
  const t = (id: string, svc: string, day: string, issued: string, status: string, counter: string | null, staff: string | null,
    called: string | null, serving: string | null, finished: string | null) =>
    ins.run(id, id, 1, svc, svc, day, at(day, issued), status, counter, staff, called && at(day, called), called && at(day, called),
      serving && at(day, serving), finished && at(day, finished));
  t('T1', 'hotich', '2026-11-02', '08:00', 'done', 'q1', 'canbo1', '08:05', '08:06', '08:16'); // wait 5 min, service 10 min
  t('T2', 'hotich', '2026-11-02', '08:10', 'done', 'q1', 'canbo1', '08:20', '08:20', '08:28'); // wait 10, service 8
  t('T3', 'hotich', '2026-11-02', '09:00', 'noShow', 'q1', 'canbo1', '09:15', null, '09:20'); // wait 15, no-show
  t('T4', 'chungthuc', '2026-11-02', '09:30', 'done', 'q2', 'canbo2', '09:32', '09:32', '09:35'); // wait 2, service 3
  t('T5', 'chungthuc', '2026-11-02', '10:00', 'expired', null, null, null, null, '18:00'); // never called
  t('T0', 'hotich', '2026-10-31', '08:00', 'done', 'q1', 'canbo1', '08:01', '08:01', '08:02'); // October: not counted
  const rate = db.prepare(`INSERT INTO ratings (ticket_id, ticket_number, day, service_id, counter_id, staff_id, level, reasons, at, by)
    VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, 'device:rating-q1')`);
  const q1 = ['rat_hai_long', 'rat_hai_long', 'rat_hai_long', 'rat_hai_long', 'hai_long'];
  const q2 = ['rat_hai_long', 'rat_hai_long', 'chua_hai_long'];
  q1.forEach((l, i) => rate.run(`R1${i}`, `A00${i}`, '2026-11-02', 'hotich', 'q1', 'canbo1', l, at('2026-11-02', '09:00') + i));
  q2.forEach((l, i) => rate.run(`R2${i}`, `B00${i}`, '2026-11-20', 'chungthuc', 'q2', 'canbo2', l, at('2026-11-20', '10:00') + i));
  rate.run('R-OCT', 'A999', '2026-10-31', 'hotich', 'q1', 'canbo1', 'chua_hai_long', at('2026-10-31', '09:00'));
}

/** A demo server on 3/12/2026 holding the fixture's dossiers, tickets and ratings, and a supervisor's token. */
export async function reportServer(): Promise<{ srv: RunningServer; token: string }> {
  const srv = await testServer({ now: () => Date.parse('2026-12-03T09:00:00+07:00') });
  const token = await login(srv.url, 'giamsat');
  const r = await client(srv.url)('POST', '/api/dossiers/batch', { token, body: { dossiers: DOSSIERS } });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  seedTicketsAndRatings(srv.ctx.queue.journal.db);
  return { srv, token };
}
