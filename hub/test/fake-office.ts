/**
 * An office's database without its server, for the multi-process tests and the bench: the real schema
 * (so the real outbox triggers fill the outbox), rows written as the queue's projection writes them.
 */
import type { Db } from '../../server/src/journal/db';
import { openDb } from '../../server/src/journal/db';
import { enableForwarding } from '../../server/src/features/outbox/store';

const SERVICES = ['hotich', 'chungthuc', 'datdai', 'cutru'];

/** One office's SQLite with forwarding on. `fast` drops fsync (the bench measures the hub, not the office's disk). */
export function fakeOffice(dir: string, opts: { fast?: boolean } = {}): FakeOffice {
  const db = openDb(dir);
  if (opts.fast) db.pragma('synchronous = OFF');
  enableForwarding(db, 'test');
  return new FakeOffice(db);
}

/** Writes tickets' whole lives (issued, called, served, done; every other one rated; every fifth a dossier). */
export class FakeOffice {
  private readonly ev;
  private readonly tNew;
  private readonly tUpd;
  private readonly rate;
  private readonly dos;
  private n = 0;
  constructor(readonly db: Db) {
    this.ev = db.prepare('INSERT INTO events (at, type, actor, data) VALUES (?, ?, ?, ?)');
    this.tNew = db.prepare(`INSERT INTO tickets (id, number, seq, service_id, original_service_id, day, issued_at, source, status)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'kiosk', 'waiting')`);
    this.tUpd = db.prepare(`UPDATE tickets SET status = ?, counter_id = 'q1', staff_id = 'canbo1', first_called_at = COALESCE(first_called_at, ?),
      called_at = COALESCE(called_at, ?), serving_at = ?, finished_at = ? WHERE id = ?`);
    this.rate = db.prepare(`INSERT INTO ratings (ticket_id, ticket_number, day, service_id, counter_id, staff_id, level, at, by) VALUES (?, ?, ?, ?, 'q1', 'canbo1', ?, ?, 'test')`);
    this.dos = db.prepare(`INSERT INTO dossiers (code, procedure_name, field, applicant_name, channel, received_date, due_date, status, resolved_date, source, updated_at)
      VALUES (?, 'Đăng ký khai sinh', 'Hộ tịch', 'Nguyễn Văn An', 'truc_tiep', ?, ?, ?, ?, 'test', ?)
      ON CONFLICT(code) DO UPDATE SET status = excluded.status, resolved_date = excluded.resolved_date, updated_at = excluded.updated_at`);
  }

  /** One ticket's life on `day`, issued at `at` (ms), in one transaction; returns how many outbox items it made. */
  ticket(day: string, at: number): number {
    const i = ++this.n;
    const id = `t${i}`;
    const svc = SERVICES[i % SERVICES.length]!;
    const before = this.lastOutbox();
    this.db.transaction(() => {
      const e = (type: string, t: number, data: object) => this.ev.run(t, type, 'test', JSON.stringify({ type, at: t, ...data }));
      e('TicketIssued', at, { ticket: { id, serviceId: svc } });
      this.tNew.run(id, `A${i}`, i, svc, svc, day, at);
      e('TicketCalled', at + 300_000, { ticketId: id, counterId: 'q1', staffId: 'canbo1' });
      this.tUpd.run('called', at + 300_000, at + 300_000, null, null, id);
      e('ServiceStarted', at + 330_000, { ticketId: id, counterId: 'q1', staffId: 'canbo1' });
      this.tUpd.run('serving', at + 300_000, at + 300_000, at + 330_000, null, id);
      e('TicketCompleted', at + 600_000, { ticketId: id, counterId: 'q1', staffId: 'canbo1' });
      this.tUpd.run('done', at + 300_000, at + 300_000, at + 330_000, at + 600_000, id);
      if (i % 2 === 0) this.rate.run(id, `A${i}`, day, svc, i % 4 === 0 ? 'rat_hai_long' : 'hai_long', at + 620_000);
      if (i % 5 === 0) {
        this.dos.run(`HS-${i}`, day, day, 'dang_giai_quyet', null, at);
        this.dos.run(`HS-${i}`, day, day, 'da_tra', day, at + 600_000);
      }
    })();
    return this.lastOutbox() - before;
  }

  /** A whole day of `n` tickets, five minutes apart from 08:00, in one transaction (the bench's month is written fast). */
  day(day: string, n: number): void {
    this.db.transaction(() => { for (let k = 0; k < n; k++) this.ticket(day, Date.parse(`${day}T08:00:00+07:00`) + k * 300_000); })();
  }

  /** The last outbox sequence written. */
  lastOutbox(): number {
    return this.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM hub_outbox').pluck().get() as number;
  }

  /** Rows per source table, to compare with the hub's. */
  counts(): { events: number; tickets: number; ratings: number; dossiers: number } {
    const c = (t: string) => this.db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
    return { events: c('events'), tickets: c('tickets'), ratings: c('ratings'), dossiers: c('dossiers') };
  }
}
