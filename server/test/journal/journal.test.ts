import { describe, expect, it } from 'vitest';
import { EventBus } from '../../src/app/event-bus';
import { QueueService } from '../../src/app/queue-service';
import { toSetup } from '../../src/app/setup-from-config';
import { openDb } from '../../src/journal/db';
import { Journal } from '../../src/journal/journal';
import { createLogger } from '../../src/log';
import { demoConfig, tempDir } from '../integration/helpers';

const T = Date.UTC(2026, 10, 23, 1, 0);
const service = (dir: string) => new QueueService(new Journal(openDb(dir)), new EventBus(createLogger('silent')));

describe('the journal', () => {
  it('opens SQLite in WAL mode with synchronous=FULL and runs its migrations once', () => {
    const dir = tempDir();
    const db = openDb(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const names = db.prepare('SELECT name FROM migrations').pluck().all();
    db.close();
    const again = openDb(dir);
    expect(again.prepare('SELECT name FROM migrations').pluck().all()).toEqual(names);
    again.close();
  });

  it('rebuilds the same state from the journal, with and without snapshots', async () => {
    const dir = tempDir();
    const q = service(dir);
    q.applyConfigSetup(toSetup(demoConfig()), 'h1', T);
    for (let i = 0; i < 700; i++) q.execute({ type: 'issueTicket', ticketId: `t${i}`, serviceId: i % 2 ? 'hotich' : 'cutru', at: T + i * 1000 }, 'test');
    q.execute({ type: 'callNext', counterId: 'q1', staffId: 'canbo1', at: T + 800_000 }, 'test');
    // The snapshot is written after the command's ack, on the next turn of the event loop.
    await new Promise((r) => setImmediate(r));
    expect(q.journal.latestSnapshot()).not.toBeNull(); // 700 tickets passed the snapshot interval
    const fromSnapshot = QueueService.rebuild(q.journal);
    expect(fromSnapshot).toEqual(q.state);
    q.journal.db.prepare('DELETE FROM snapshots').run();
    expect(QueueService.rebuild(q.journal)).toEqual(q.state);
  });

  it('does not apply the config set-up again when it has not changed', () => {
    const dir = tempDir();
    const q = service(dir);
    expect(q.applyConfigSetup(toSetup(demoConfig()), 'h1', T)).toBe(true);
    const q2 = service(dir);
    expect(q2.applyConfigSetup(toSetup(demoConfig()), 'h1', T + 1)).toBe(false);
    expect(q2.applyConfigSetup(toSetup(demoConfig()), 'h2', T + 2)).toBe(true);
  });

  it('a refused command writes nothing', () => {
    const q = service(tempDir());
    q.applyConfigSetup(toSetup(demoConfig()), 'h1', T);
    const before = q.journal.lastSeq();
    expect(() => q.execute({ type: 'callNext', counterId: 'q1', staffId: 'canbo1', at: T }, 'test')).toThrow(/Nobody is waiting/);
    expect(q.journal.lastSeq()).toBe(before);
  });

  it('appends all events of a command in one transaction: a failure midway leaves none', () => {
    const q = service(tempDir());
    q.applyConfigSetup(toSetup(demoConfig()), 'h1', T);
    const before = q.journal.lastSeq();
    q.journal.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.type = 'TicketIssued' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    // The first command of the day carries two events (DayRolledOver + TicketIssued): neither may land.
    expect(() => q.execute({ type: 'issueTicket', ticketId: 'x', serviceId: 'hotich', at: T }, 'test')).toThrow(/disk full/);
    expect(q.journal.lastSeq()).toBe(before);
    expect(q.state.day).toBeNull();
  });

  it('keeps every ticket in the projection, including those a day rollover expired', () => {
    const q = service(tempDir());
    q.applyConfigSetup(toSetup(demoConfig()), 'h1', T);
    q.execute({ type: 'issueTicket', ticketId: 'a', serviceId: 'hotich', at: T }, 'test');
    q.execute({ type: 'rollDay', at: T + 86_400_000 }, 'test');
    expect(q.state.tickets.get('a')).toBeUndefined();
    expect(q.journal.archivedTicket('a')).toMatchObject({ number: 'A001', status: 'expired' });
  });
});
