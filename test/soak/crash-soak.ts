/**
 * Crash soak: the real server process is SIGKILLed at random moments while tickets are issued and called
 * over REST and socket.io, and restarted each time. Afterwards: no acknowledged ticket lost, no number twice
 * in a service-day, every acknowledged state kept, the state equal to a replay of the journal, and a screen
 * that connects once the server is healthy has its snapshot (equal to the journal) within 2 s.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { io as connect } from 'socket.io-client';
import { evolveAll, initialState, stateFromJson, stateToJson, waitingCounts, type QueueEvent, type QueueState, type StateJson } from '../../server/src/core';
import { freePort, tempDir } from '../../server/test/integration/helpers';
import { kill, startServerProcess, type ServerProcess } from './server-process';

const SERVICES = ['hotich', 'chungthuc', 'btxh-ncc', 'cutru', 'tonghop'];
const STAFF: Array<[string, string]> = [['canbo1', 'q1'], ['canbo2', 'q2'], ['canbo3', 'q4']];
/** How far each acknowledged ticket got, as the server said in its ack. */
const RANK: Record<string, number> = { waiting: 0, called: 1, serving: 2, done: 3, noShow: 3, cancelled: 3, expired: 3 };

export interface CrashReport { kills: number; acked: number; calls: number; restartMs: number[]; resyncMs: number[]; problems: string[] }

/** Everything the clients were told "ok" about. */
interface Acked { tickets: Map<string, { number: string; status: string }> }

async function loginAll(url: string): Promise<Array<{ token: string; counter: string }>> {
  return Promise.all(STAFF.map(async ([username, counter]) => {
    const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
    return { token: ((await r.json()) as { token: string }).token, counter };
  }));
}

/** Issues and calls until the process dies; records every acknowledgement. */
async function work(p: ServerProcess, acked: Acked, stopAt: number): Promise<number> {
  const staff = await loginAll(p.url).catch(() => []);
  const kiosk = connect(p.url, { auth: { token: 'demo-kiosk' }, transports: ['websocket'], reconnection: false });
  const counterSock = connect(p.url, { auth: { token: staff[0]?.token ?? '' }, transports: ['websocket'], reconnection: false });
  let calls = 0;
  const rest = async (path: string, token: string, body: unknown) => {
    const r = await fetch(`${p.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const note = (t: { id?: unknown; number?: unknown; status?: unknown } | undefined) => {
    if (!t || typeof t.id !== 'string') return;
    const prev = acked.tickets.get(t.id);
    const status = String(t.status ?? 'waiting');
    if (!prev || RANK[status]! >= RANK[prev.status]!) acked.tickets.set(t.id, { number: String(t.number), status });
  };
  const loops = [
    (async () => { // REST kiosk
      for (let i = 0; Date.now() < stopAt; i++) {
        const r = await rest('/api/tickets', 'demo-kiosk', { serviceId: SERVICES[i % SERVICES.length] });
        if (r.status === 201) note(r.body);
      }
    })(),
    (async () => { // socket kiosk
      for (let i = 0; Date.now() < stopAt; i++) {
        const a = (await kiosk.timeout(5000).emitWithAck('ticket:take', { serviceId: SERVICES[(i + 2) % SERVICES.length] })) as { ok: boolean; data?: Record<string, unknown> };
        if (a.ok) note(a.data);
      }
    })(),
    ...staff.map(({ token, counter }, k) => (async () => { // staff: call the next one, complete it (REST; the first over its socket)
      while (Date.now() < stopAt) {
        if (k === 0) {
          const a = (await counterSock.timeout(5000).emitWithAck('counter:callNext', { counterId: counter })) as { ok: boolean; data?: { ticket?: Record<string, unknown> } };
          if (a.ok) { note(a.data?.ticket); calls++; }
          const c = (await counterSock.timeout(5000).emitWithAck('counter:complete', { counterId: counter })) as { ok: boolean; data?: { ticket?: Record<string, unknown> } };
          if (c.ok) note(c.data?.ticket ? { ...c.data.ticket, status: 'done' } : undefined);
        } else {
          const r = await rest(`/api/counters/${counter}/call-next`, token, {});
          if (r.status === 200) { note(r.body.ticket as Record<string, unknown>); calls++; }
          const c = await rest(`/api/counters/${counter}/complete`, token, {});
          if (c.status === 200 && c.body.ticket) note({ ...(c.body.ticket as Record<string, unknown>), status: 'done' });
        }
      }
    })()),
  ];
  // Every loop ends when the process is killed (its requests fail) or at stopAt.
  await Promise.allSettled(loops);
  kiosk.close();
  counterSock.close();
  return calls;
}

/** The queue state from the journal alone (every event, no snapshot). */
function replay(db: Database.Database): QueueState {
  const events = (db.prepare('SELECT data FROM events ORDER BY seq').pluck().all() as string[]).map((d) => JSON.parse(d) as QueueEvent);
  return evolveAll(initialState(), events);
}

/** A display connects once healthy: its snapshot must come within 2 s and equal the journal. */
async function resync(p: ServerProcess, dataDir: string, problems: string[]): Promise<number> {
  const sock = connect(p.url, { auth: { token: 'demo-display' }, transports: ['websocket'], reconnection: false });
  try {
    const snap = await new Promise<{ services: Array<{ id: string; waiting: number }> }>((ok, fail) => {
      const t = setTimeout(() => fail(new Error('no snapshot within 10 s')), 10_000);
      sock.once('snapshot', (s) => { clearTimeout(t); ok(s); });
    });
    const ms = Date.now() - p.healthyAt;
    if (ms > 2000) problems.push(`display resynced ${ms} ms after healthy (over 2 s)`);
    const db = new Database(join(dataDir, 'motcua.db'), { readonly: true });
    const counts = waitingCounts(replay(db));
    db.close();
    for (const s of snap.services) if (s.waiting !== (counts[s.id] ?? 0)) problems.push(`snapshot: ${s.id} waiting ${s.waiting}, journal says ${counts[s.id] ?? 0}`);
    return ms;
  } finally {
    sock.close();
  }
}

/** A state (with its index) as JSON with every object's keys sorted: two states compare by content, not by the order they were built in. */
function canonical(s: QueueState): string {
  return JSON.stringify({ ...stateToJson(s), index: s.index }, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

/** Checks the data folder after the last kill; returns the problems found. */
function verify(dataDir: string, acked: Acked, problems: string[]): void {
  const db = new Database(join(dataDir, 'motcua.db'), { readonly: true });
  try {
    const state = replay(db);
    for (const [id, a] of acked.tickets) {
      const row = db.prepare('SELECT number, status FROM tickets WHERE id = ?').get(id) as { number: string; status: string } | undefined;
      if (!row) { problems.push(`acknowledged ticket ${a.number} (${id}) lost`); continue; }
      if (row.number !== a.number) problems.push(`ticket ${id}: number ${row.number}, acknowledged as ${a.number}`);
      if (RANK[row.status]! < RANK[a.status]!) problems.push(`ticket ${a.number}: ${row.status}, acknowledged as ${a.status}`);
      const live = state.tickets.get(id);
      if (live && live.status !== row.status) problems.push(`ticket ${a.number}: journal replay says ${live.status}, the projection ${row.status}`);
    }
    const twice = db.prepare('SELECT day, number, COUNT(*) AS n FROM tickets GROUP BY day, number HAVING n > 1').all() as Array<{ day: string; number: string; n: number }>;
    for (const t of twice) problems.push(`number ${t.number} given ${t.n} times on ${t.day}`);
    const snap = db.prepare('SELECT seq, state FROM snapshots ORDER BY seq DESC LIMIT 1').get() as { seq: number; state: string } | undefined;
    if (snap) {
      const tail = (db.prepare('SELECT data FROM events WHERE seq > ? ORDER BY seq').pluck().all(snap.seq) as string[]).map((d) => JSON.parse(d) as QueueEvent);
      const fromSnap = evolveAll(stateFromJson(JSON.parse(snap.state) as StateJson), tail);
      if (canonical(fromSnap) !== canonical(state)) problems.push('snapshot + tail differs from the replay of the whole journal');
    }
  } finally {
    db.close();
  }
}

/** Runs `kills` rounds of work-then-SIGKILL at a random moment, then a last start to check the screens. */
export async function crashSoak(kills: number, log: (s: string) => void = () => {}): Promise<CrashReport> {
  const dataDir = tempDir('motcua-crash-');
  const port = await freePort();
  const acked: Acked = { tickets: new Map() };
  const report: CrashReport = { kills: 0, acked: 0, calls: 0, restartMs: [], resyncMs: [], problems: [] };
  for (let round = 0; round <= kills; round++) {
    const p = await startServerProcess(port, dataDir);
    report.restartMs.push(p.startMs);
    report.resyncMs.push(await resync(p, dataDir, report.problems));
    if (round === kills) { await kill(p); break; }
    const runFor = 300 + Math.floor(Math.random() * 1500);
    const working = work(p, acked, Date.now() + 60_000);
    await new Promise((r) => setTimeout(r, runFor));
    await kill(p);
    report.calls += await working;
    report.kills++;
    log(`kill ${report.kills}/${kills} after ${runFor} ms: ${acked.tickets.size} acknowledged tickets so far (start ${p.startMs} ms)`);
  }
  verify(dataDir, acked, report.problems);
  report.acked = acked.tickets.size;
  return report;
}
