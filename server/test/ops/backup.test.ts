/** Online backups: taken while tickets are issued, restored into a fresh folder, the same queue state as the original's. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueService } from '../../src/app/queue-service';
import { backupName, backupTo, BackupError, checkBackup, listBackups, pruneBackups } from '../../src/journal/backup';
import { openDb } from '../../src/journal/db';
import { Journal } from '../../src/journal/journal';
import { startDailyBackups } from '../../src/ops/daily-backup';
import { writePidFile, removePidFile } from '../../src/ops/pid-file';
import { restoreBackup } from '../../src/ops/restore';
import { createLogger } from '../../src/log';
import type { RunningServer } from '../../src/server';
import { tempDir, testServer } from '../integration/helpers';

let srv: RunningServer | null = null;
afterEach(async () => { await srv?.close(); srv = null; });

const issue = (s: RunningServer, i: number) => s.ctx.queue.execute({
  type: 'issueTicket', ticketId: `t${i}`, serviceId: i % 2 ? 'hotich' : 'datdai', priority: null, source: 'kiosk', at: s.ctx.now(),
} as never, 'device:kiosk-1');

describe('an online backup under load', { timeout: 60_000 }, () => {
  it('is taken while tickets keep being issued, and restored into a fresh folder gives the same state as the original at that point', async () => {
    srv = await testServer();
    const s = srv;
    for (let i = 0; i < 300; i++) issue(s, i);
    // Tickets go on being issued, one per turn of the event loop, for as long as the backup runs.
    let n = 300, during = 0, loading = true;
    const load = (async () => { while (loading) { issue(s, n++); during++; await new Promise((r) => setImmediate(r)); } })();
    const file = join(s.ctx.dataDir, 'backups', backupName('2026-12-01'));
    const r = await backupTo(s.ctx.queue.journal.db, file, { sameConnection: true });
    loading = false;
    await load;
    console.log(`backup: ${r.pages} pages in ${r.ms} ms, ${during} tickets issued meanwhile`);
    expect(during).toBeGreaterThan(0);
    expect(r.lastSeq).toBeGreaterThanOrEqual(300);

    const fresh = tempDir();
    restoreBackup(file, fresh);
    const restored = new Journal(openDb(fresh));
    const original = s.ctx.queue.journal;
    // The state from the restored journal equals the original's replayed to the same event.
    const upTo = restored.lastSeq();
    expect(upTo).toBe(r.lastSeq);
    const events = (j: Journal) => [...j.readFrom(0)].filter((e) => e.seq <= upTo);
    expect(events(restored)).toEqual(events(original));
    const asOfBackup = { latestSnapshot: () => null, readFrom: () => events(original)[Symbol.iterator]() } as unknown as Journal;
    expect(QueueService.rebuild(restored)).toEqual(QueueService.rebuild(asOfBackup));
    expect(restored.meta('configHash')).toBe(original.meta('configHash'));
    restored.db.close();
  });
});

describe('backups kept and checked', { timeout: 60_000 }, () => {
  it('the daily one is taken once a local day from backup.at, and ones older than keepDays are removed', async () => {
    srv = await testServer();
    const dir = join(srv.ctx.dataDir, 'backups');
    const old = join(dir, 'motcua-2026-10-01.db'), recent = join(dir, 'motcua-2026-11-30-101500.db');
    const db = srv.ctx.queue.journal.db;
    await backupTo(db, old, { sameConnection: true });
    await backupTo(db, recent, { sameConnection: true });
    // 2026-12-01 13:00 in Hà Nội (06:00 UTC): past 12:00, so today's backup is due.
    const now = () => Date.parse('2026-12-01T06:00:00Z');
    const daily = startDailyBackups(db, srv.ctx.dataDir, { backup: { enabled: true, at: '12:00', keepDays: 30 }, timeZone: 'Asia/Ho_Chi_Minh' }, createLogger('silent'), now);
    await daily.check();
    expect(listBackups(dir).map((f) => f.slice(dir.length + 1))).toEqual(['motcua-2026-12-01.db', 'motcua-2026-11-30-101500.db']);
    expect(await daily.check()).toBeNull(); // once a day
    await daily.stop();
    expect(existsSync(old)).toBe(false);
  });

  it('not before backup.at', async () => {
    srv = await testServer();
    const daily = startDailyBackups(srv.ctx.queue.journal.db, srv.ctx.dataDir, { backup: { enabled: true, at: '12:00', keepDays: 30 }, timeZone: 'Asia/Ho_Chi_Minh' },
      createLogger('silent'), () => Date.parse('2026-12-01T04:00:00Z'));
    expect(await daily.check()).toBeNull();
    await daily.stop();
    expect(listBackups(join(srv.ctx.dataDir, 'backups'))).toEqual([]);
  });

  it('pruning keeps the files that are not dated backups', () => {
    const dir = tempDir();
    for (const n of ['motcua-2026-01-01.db', 'pre-upgrade-x.db', 'notes.txt']) writeFileSync(join(dir, n), 'x');
    expect(pruneBackups(dir, 7, '2026-12-01')).toEqual(['motcua-2026-01-01.db']);
    expect(existsSync(join(dir, 'pre-upgrade-x.db'))).toBe(true);
  });

  it('a file that is not a database is refused, and nothing is replaced', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'not sqlite at all, just text'.repeat(100));
    expect(() => checkBackup(bad)).toThrow(BackupError);
    const data = tempDir();
    writeFileSync(join(data, 'motcua.db'), 'current');
    expect(() => restoreBackup(bad, data)).toThrow(BackupError);
    expect(existsSync(join(data, 'motcua.db'))).toBe(true);
  });

  it('a restore is refused while a server runs on the data folder', async () => {
    srv = await testServer();
    const file = join(srv.ctx.dataDir, 'backups', 'motcua-2026-12-01.db');
    await backupTo(srv.ctx.queue.journal.db, file, { sameConnection: true });
    const data = tempDir();
    // This test's own process plays the running server: runningServer ignores its own pid, so write another live one.
    writeFileSync(join(data, 'motcua.pid'), `${process.ppid}\n`);
    expect(() => restoreBackup(file, data)).toThrow(/stop the service first/);
    writePidFile(data);
    removePidFile(data);
    expect(restoreBackup(file, data).lastSeq).toBeGreaterThan(0);
  });
});
