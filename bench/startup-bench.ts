/**
 * Bench: cold start to healthy (the real server process from the sources, as `npm start` ran it, beside a bare
 * `node -e` that listens and answers), resident memory with 500 connected displays, and rebuilding the state
 * from a journal of 500,000 events beside a bare SQLite scan of the same rows.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueueService } from '../server/src/app/queue-service';
import type { QueueEvent } from '../server/src/core';
import { openDb } from '../server/src/journal/db';
import { Journal } from '../server/src/journal/journal';
import { freePort, tempDir } from '../server/test/integration/helpers';
import { kill, startServerProcess } from '../test/soak/server-process';
import { summary } from './stats';

/** Start -> first 200 from /api/health, `runs` times, for the server and for a bare node http server. */
export async function benchColdStart(runs = 5) {
  const server: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = tempDir('motcua-start-');
    const p = await startServerProcess(await freePort(), dataDir);
    server.push(p.startMs);
    await kill(p);
    const port = await freePort();
    const t0 = Date.now();
    const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`], { stdio: 'ignore' });
    for (;;) {
      try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 20));
    }
    bare.push(Date.now() - t0);
    child.kill('SIGKILL');
  }
  return { server: summary(server), bare: summary(bare) };
}

/** RSS of the server process (from /proc) before and with `n` display sockets connected. */
export async function benchDisplayMemory(n = 500) {
  const { startClients, stop: stopClients } = await import('./queue-bench');
  const p = await startServerProcess(await freePort(), tempDir('motcua-rss-'));
  const rss = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.child.pid}/status`, 'utf8'))![1]) / 1024);
  try {
    const before = rss();
    const pool = await startClients(p.url, n, 'socketio');
    await new Promise((r) => setTimeout(r, 1000));
    const withDisplays = rss();
    stopClients(pool);
    return { before, withDisplays, perDisplayKb: Math.round(((withDisplays - before) * 1024) / n) };
  } finally {
    await kill(p);
  }
}

/** Writes `n` events like a day's (issue, call, complete), then times the server's rebuild and a bare scan. */
export async function benchRebuild(n = 500_000) {
  const dir = tempDir('motcua-rebuild-');
  const db = openDb(dir);
  const insert = db.prepare('INSERT INTO events (at, type, actor, data) VALUES (?, ?, ?, ?)');
  const setup = { timeZone: 'Asia/Ho_Chi_Minh', dayResetAt: '06:00', endOfDay: 'expire', priorityPolicy: { kind: 'strict' }, priorities: [],
    services: [{ id: 's', name: 'S', numbering: { kind: 'prefix', prefix: 'A', pad: 6 }, avgServiceMinutes: 5, enabled: true }],
    counters: [{ id: 'q1', number: 1, name: 'Q1', services: ['s'] }] };
  const day0 = Date.UTC(2026, 0, 5, 1, 0);
  db.transaction(() => {
    const put = (e: QueueEvent) => insert.run(e.at, e.type, 'bench', JSON.stringify(e));
    put({ type: 'SetupApplied', at: day0 - 1000, setup, source: 'config', by: 'bench' } as unknown as QueueEvent);
    put({ type: 'CounterOpened', at: day0, counterId: 'q1', staffId: 'cb' } as QueueEvent);
    // 1,000 tickets a working day (3,000 events), day after day, each day rolled over.
    let day = 0, seq = 0, written = 2;
    while (written < n) {
      const at = day0 + day * 86_400_000 + seq * 20_000;
      const dayStr = new Date(day0 + day * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
      const id = `t${day}-${seq}`;
      put({ type: 'TicketIssued', at, ticket: { id, number: `A${String(seq + 1).padStart(6, '0')}`, seq: seq + 1, serviceId: 's', priority: null, day: dayStr, issuedAt: at, source: 'kiosk' } } as QueueEvent);
      put({ type: 'TicketCalled', at: at + 1, ticketId: id, counterId: 'q1', staffId: 'cb', outOfOrder: false } as QueueEvent);
      put({ type: 'TicketCompleted', at: at + 2, ticketId: id, counterId: 'q1', staffId: 'cb', auto: false } as QueueEvent);
      written += 3;
      if (++seq === 1000) {
        seq = 0; day++;
        const next = new Date(day0 + day * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
        put({ type: 'DayRolledOver', at: day0 + day * 86_400_000 - 3_600_000, from: dayStr, to: next, carried: [], expired: [], autoCompleted: [] } as unknown as QueueEvent);
        put({ type: 'CounterOpened', at: day0 + day * 86_400_000, counterId: 'q1', staffId: 'cb' } as QueueEvent);
        written += 2;
      }
    }
  })();
  const rows = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  db.close();
  const t0 = performance.now();
  const journal = new Journal(openDb(dir));
  QueueService.rebuild(journal);
  const rebuildMs = Math.round(performance.now() - t0);
  journal.db.close();
  const raw = new Database(join(dir, 'motcua.db'), { readonly: true });
  const t1 = performance.now();
  let bytes = 0;
  for (const r of raw.prepare('SELECT seq, actor, data FROM events ORDER BY seq').raw().iterate() as Iterable<[number, string, string]>) bytes += r[2].length;
  const scanMs = Math.round(performance.now() - t1);
  const t2 = performance.now();
  for (const r of raw.prepare('SELECT data FROM events ORDER BY seq').pluck().iterate() as Iterable<string>) JSON.parse(r);
  const parseMs = Math.round(performance.now() - t2);
  raw.close();
  return { rows, rebuildMs, scanMs, parseMs, mb: Math.round(bytes / 1048576) };
}
