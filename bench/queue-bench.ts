/** Bench for the queue server: ticket -> durable ack, and call -> N display clients vs a raw ws broadcast. */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { Server } from 'socket.io';
import Database from 'better-sqlite3';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { RunningServer } from '../server/src/server';
import { client, login } from '../server/test/integration/helpers';
import { paced } from './pace';
import { summary } from './stats';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CLIENTS = join(import.meta.dirname, 'clients.ts');

/**
 * Issues tickets at a steady rate from a separate process and measures request -> "ok"; the ticket is
 * on disk before the "ok". `rest`: POST /api/tickets on one keep-alive connection (an integrator);
 * `socket`: the kiosk screen's own way, socket.io `ticket:take` with its acknowledgement.
 */
export async function benchTicketAck(srv: RunningServer, perSecond = 50, seconds = 6, via: 'rest' | 'socket' = 'rest') {
  const script = via === 'rest' ? 'kiosk-client.ts' : 'kiosk-socket-client.ts';
  const child = fork(join(import.meta.dirname, script), [srv.url, String(perSecond), String(seconds)], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const lat = await new Promise<number[]>((ok, fail) => {
    child.once('message', (m: { lat: number[] }) => ok(m.lat));
    child.once('exit', (code) => fail(new Error(`kiosk client exited ${code}`)));
  });
  return summary(lat);
}

/** How many processes share the display clients (BENCH_CLIENT_PROCS, default 1; more helps on a machine with more cores). */
const PROCS = Math.max(1, Number(process.env.BENCH_CLIENT_PROCS ?? 1));

/** The display clients, split over PROCS processes as evenly as they go. */
interface ClientPool { children: ChildProcess[] }

function startOne(url: string, n: number, kind: 'socketio' | 'ws'): Promise<ChildProcess> {
  const child = fork(CLIENTS, [url, String(n), kind], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CLIENT_ARGS ?? '').split(' ').filter(Boolean)],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((ok, fail) => {
    child.once('message', (m: { type: string }) => (m.type === 'ready' ? ok(child) : fail(new Error('bad message'))));
    child.once('exit', (code) => fail(new Error(`clients exited ${code}`)));
  });
}

/** A fresh SQLite file like the journal's (WAL, synchronous=FULL) with one table of events, for the floor rows. */
function fsyncedEvents(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (seq INTEGER PRIMARY KEY, data TEXT NOT NULL)');
  return { db, insert: db.prepare('INSERT INTO events (data) VALUES (?)') };
}

/**
 * The floor for a durable ack on this machine: a bare socket.io server whose `ticket:take` does one
 * fsync'd SQLite insert (WAL, synchronous=FULL) and acks, taken by the same kiosk client as the real one.
 * What the real server adds on top is its own work (views, checks, the ticket's projection).
 */
export async function benchAckFloor(perSecond = 50, seconds = 12) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-floor-'));
  const { db, insert } = fsyncedEvents(join(dir, 'floor.db'));
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  let n = 0;
  io.on('connection', (socket) => socket.on('ticket:take', (p: unknown, ack: (a: unknown) => void) => {
    insert.run(JSON.stringify(p));
    ack({ ok: true, data: { id: String(++n) } });
  }));
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  try {
    const child = fork(join(import.meta.dirname, 'kiosk-socket-client.ts'),
      [`http://127.0.0.1:${(http.address() as { port: number }).port}`, String(perSecond), String(seconds)],
      { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const lat = await new Promise<number[]>((ok, fail) => {
      child.once('message', (m: { lat: number[] }) => ok(m.lat));
      child.once('exit', (code) => fail(new Error(`kiosk client exited ${code}`)));
    });
    return summary(lat);
  } finally {
    io.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The disk alone, at the same pace as the tickets: `sqlite` is one fsync'd SQLite WAL commit of a small row
 * (no server, no socket), `fdatasync` one 4 KB write + fdatasync to a plain file in the same folder. What
 * no server on this machine can beat: a ticket's "ok" waits for exactly such a sync.
 */
export async function benchDisk(kind: 'sqlite' | 'fdatasync', perSecond = 50, seconds = 12) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-disk-'));
  let write: () => void;
  let close: () => void;
  if (kind === 'sqlite') {
    const { db, insert } = fsyncedEvents(join(dir, 'disk.db'));
    const row = JSON.stringify({ serviceId: 'hotich', at: Date.now(), pad: 'x'.repeat(200) });
    write = () => { insert.run(row); };
    close = () => db.close();
  } else {
    const fd = openSync(join(dir, 'disk.bin'), 'w');
    const page = Buffer.alloc(4096, 1);
    let i = 0;
    // Appends like a WAL does, wrapping at 4 MB like a checkpointed WAL that is written again.
    write = () => { writeSync(fd, page, 0, page.length, (i++ % 1024) * page.length); fdatasyncSync(fd); };
    close = () => closeSync(fd);
  }
  try {
    const timed = async () => {
      const t0 = performance.now();
      write();
      return performance.now() - t0;
    };
    return summary(await paced(timed, perSecond, perSecond * seconds));
  } finally {
    close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startClients(url: string, n: number, kind: 'socketio' | 'ws'): Promise<ClientPool> {
  const sizes = Array.from({ length: Math.min(PROCS, n) }, (_, i) => Math.floor(n / PROCS) + (i < n % PROCS ? 1 : 0));
  return { children: await Promise.all(sizes.map((size) => startOne(url, size, kind))) };
}

async function collect(pool: ClientPool): Promise<Array<{ key: string; at: number }>> {
  const parts = await Promise.all(pool.children.map((child) => new Promise<Array<{ key: string; at: number }>>((ok) => {
    child.once('message', (m: { type: string; received: Array<{ key: string; at: number }> }) => ok(m.received));
    child.send({ type: 'report' });
  })));
  return parts.flat();
}

export function stop(pool: ClientPool): void {
  for (const child of pool.children) child.send({ type: 'exit' });
}

/** Calls made before measuring, on both sides alike: the first broadcasts to N sockets run cold (JIT, buffers). */
const WARMUP = 3;

function latencies(sent: Map<string, number>, received: Array<{ key: string; at: number }>, expectPerCall: number): number[] {
  const lat = received.filter((r) => sent.has(r.key)).map((r) => r.at - sent.get(r.key)!);
  const missing = sent.size * expectPerCall - lat.length;
  if (missing > 0) throw new Error(`${missing} deliveries missing`);
  return lat;
}

/**
 * call-next through the REST API -> every one of N socket.io display clients has the `call` event: p50/p99 from the
 * REST request (end to end), and `broadcast` from the moment the server starts emitting it (like the raw ws figure).
 */
export async function benchCallFanout(srv: RunningServer, n: number, calls = 40) {
  const api = client(srv.url);
  for (let i = 0; i < WARMUP + calls; i++) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'cutru' } });
  const staff = await login(srv.url, 'canbo2');
  const pool = await startClients(srv.url, n, 'socketio');
  const sent = new Map<string, number>();
  // When the server starts broadcasting each call: the like-for-like start for the raw ws comparison.
  const emitted = new Map<string, number>();
  const io = srv.io as unknown as { to: (room: unknown) => { emit: (ev: string, p: { number?: string }) => unknown } };
  const to = io.to.bind(io);
  io.to = (room) => {
    const op = to(room);
    const emit = op.emit.bind(op);
    op.emit = (ev, p) => {
      if (ev === 'call' && p.number && !emitted.has(p.number)) { emitted.set(p.number, now()); sample ??= p; }
      return emit(ev, p);
    };
    return op;
  };
  // The exact call payload the displays get, for the raw ws run.
  let sample: unknown = null;
  for (let i = 0; i < WARMUP + calls; i++) {
    const t0 = now();
    const r = await api('POST', '/api/counters/q5/call-next', { token: staff });
    if (i >= WARMUP) sent.set(r.body.ticket.number, t0);
    await sleep(120);
  }
  await sleep(300);
  const received = await collect(pool);
  const lat = latencies(sent, received, n);
  const fromEmit = latencies(new Map([...emitted].filter(([key]) => sent.has(key))), received, n);
  stop(pool);
  io.to = to;
  return { ...summary(lat), broadcast: summary(fromEmit), sample };
}

/** The same payload broadcast with a bare `ws` server to N bare clients: the floor to compare against. */
export async function benchRawWs(n: number, payload: object, calls = 40) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const url = `ws://127.0.0.1:${(http.address() as { port: number }).port}`;
  const pool = await startClients(url, n, 'ws');
  const sent = new Map<string, number>();
  for (let i = 0; i < WARMUP + calls; i++) {
    const key = `W${i}`;
    const t0 = now();
    const data = JSON.stringify({ ...payload, number: key });
    for (const ws of wss.clients) ws.send(data);
    if (i >= WARMUP) sent.set(key, t0);
    await sleep(120);
  }
  await sleep(300);
  const lat = latencies(sent, await collect(pool), n);
  stop(pool);
  wss.close();
  http.close();
  return summary(lat);
}
