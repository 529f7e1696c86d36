/**
 * Bench (issue 18): the cost of one live command — take a ticket, call next, complete — through the queue
 * service on a real SQLite journal, with 30, 3,000 or 30,000 tickets already in the day, beside the floor
 * of one bare fsync'd SQLite insert. Per-event work must not grow with the day: the rows should be flat.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EventBus } from '../server/src/app/event-bus';
import { QueueService } from '../server/src/app/queue-service';
import { evolveAll, initialState, queueOrders, waitingCounts, type Command, type QueueEvent, type Setup } from '../server/src/core';
import { openDb } from '../server/src/journal/db';
import { Journal } from '../server/src/journal/journal';
import { createLogger } from '../server/src/log';
import { tempDir } from '../server/test/integration/helpers';
import { summary } from './stats';

const SERVICES = ['s1', 's2', 's3'];
const SETUP: Setup = {
  timeZone: 'Asia/Ho_Chi_Minh', dayResetAt: '06:00', endOfDay: 'expire', priorityPolicy: { kind: 'strict' }, priorities: [],
  services: SERVICES.map((id, i) => ({ id, name: id, numbering: { kind: 'prefix', prefix: 'ABC'[i]!, pad: 6 }, avgServiceMinutes: 5, enabled: true })),
  counters: [1, 2, 3, 4].map((n) => ({ id: `q${n}`, number: n, name: `Quầy ${n}`, services: [SERVICES[(n - 1) % 3]!] })),
};
/** Tickets left waiting in the filled day: a queue of people in the hall while the bench runs. */
const WAITING = 20;
/** 2026-12-01 08:00 in Hà Nội. */
const T0 = Date.UTC(2026, 11, 1, 1, 0);
const yieldTurn = () => new Promise((r) => setImmediate(r));

/** Writes a day of `n` tickets (all but WAITING served) straight into a new journal, as the service would have. */
function fillDay(dir: string, n: number): void {
  const journal = new Journal(openDb(dir));
  let state = initialState();
  const write = (events: QueueEvent[]) => { state = evolveAll(state, events); journal.append(events, 'bench', state); };
  write([{ type: 'SetupApplied', at: T0 - 60_000, setup: SETUP, source: 'config', by: 'bench' }]);
  write([{ type: 'DayRolledOver', at: T0 - 1, from: null, to: '2026-12-01', expired: [], carried: [], autoCompleted: [] },
    ...SETUP.counters.map((c): QueueEvent => ({ type: 'CounterOpened', at: T0, counterId: c.id, staffId: `cb${c.number}` }))]);
  const batch: QueueEvent[] = [];
  for (let i = 0; i < n; i++) {
    const svc = i % 3, seq = Math.floor(i / 3) + 1, at = T0 + i * 100, id = `fill-${i}`;
    batch.push({ type: 'TicketIssued', at, ticket: { id, number: `${'ABC'[svc]}${String(seq).padStart(6, '0')}`, seq, serviceId: SERVICES[svc]!, priority: null, day: '2026-12-01', issuedAt: at, source: 'kiosk' } });
    if (i < n - WAITING) {
      const counterId = `q${svc + 1}`, staffId = `cb${svc + 1}`;
      batch.push({ type: 'TicketCalled', at: at + 1, ticketId: id, counterId, staffId, outOfOrder: false },
        { type: 'TicketCompleted', at: at + 2, ticketId: id, counterId, staffId, auto: false });
    }
    if (batch.length >= 3000) write(batch.splice(0));
  }
  if (batch.length) write(batch);
  journal.db.close();
}

/**
 * One live command's time to its durable return (decide, evolve, the journal's fsync'd transaction) plus
 * the per-state reads every acknowledgement and screen update makes (calling orders, waiting counts).
 * The service's listeners and snapshots run between commands, outside the clock, as on the server.
 */
export async function benchLiveCommand(dayTickets: number, rounds = 200) {
  const dir = tempDir('motcua-live-');
  fillDay(dir, dayTickets);
  const queue = new QueueService(new Journal(openDb(dir)), new EventBus(createLogger('silent')));
  const lat: number[] = [];
  let at = T0 + dayTickets * 100 + 60_000;
  const run = async (cmd: Command) => {
    const t0 = performance.now();
    queue.execute(cmd, 'bench');
    queueOrders(queue.state);
    waitingCounts(queue.state);
    lat.push(performance.now() - t0);
    await yieldTurn();
  };
  try {
    for (let i = 0; i < rounds; i++) {
      at += 1000;
      await run({ type: 'issueTicket', ticketId: `live-${i}`, serviceId: 's1', at, source: 'kiosk' });
      await run({ type: 'callNext', counterId: 'q1', staffId: 'cb1', at: at + 100 });
      await run({ type: 'complete', counterId: 'q1', staffId: 'cb1', at: at + 200 });
    }
    // A snapshot of the whole day, taken after the ack every so many events: how long it holds the event loop.
    const t0 = performance.now();
    queue.journal.saveSnapshot(queue.journal.lastSeq(), queue.state, at);
    const snapshotMs = Math.round(performance.now() - t0);
    return { ...summary(lat.slice(30)), snapshotMs }; // the first commands warm the JIT and SQLite's page cache
  } finally {
    queue.journal.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor: one bare insert of a small row into a WAL, synchronous=FULL SQLite file, back to back. */
export async function benchInsertFloor(samples = 600) {
  const dir = tempDir('motcua-floor-');
  const db = new Database(join(dir, 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (seq INTEGER PRIMARY KEY, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO events (data) VALUES (?)');
  const row = JSON.stringify({ type: 'TicketCalled', at: Date.now(), ticketId: 'x'.repeat(16), counterId: 'q1', staffId: 'cb1', outOfOrder: false });
  const lat: number[] = [];
  try {
    for (let i = 0; i < samples + 30; i++) {
      const t0 = performance.now();
      insert.run(row);
      lat.push(performance.now() - t0);
      await yieldTurn();
    }
    return summary(lat.slice(30));
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The three day sizes, each beside the 30-ticket day (p50 ratio), and the insert floor, taken in turns. */
export async function benchLiveCommands(sizes = [30, 3_000, 30_000]) {
  await benchLiveCommand(30, 100); // warms the JIT for every size alike, so the first row is not the slowest
  const floor = await benchInsertFloor();
  const rows: Array<{ tickets: number; r: Awaited<ReturnType<typeof benchLiveCommand>> }> = [];
  for (const tickets of sizes) rows.push({ tickets, r: await benchLiveCommand(tickets) });
  return { floor, rows };
}
