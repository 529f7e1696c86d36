/**
 * A day at a provincial centre, on an accelerated clock: 34 counters, thousands of tickets, hundreds of
 * screens. Every ticket ends in exactly one final state, none is served at two counters at once, the
 * waiting counts equal the tickets waiting, and every call reaches every display.
 */
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { SiteConfig } from '@motcua/config';
import type { QueueEvent } from '../../server/src/core';
import { demoConfig, ROOT, tempDir } from '../../server/test/integration/helpers';
import { startServer } from '../../server/src/server';
import { createLogger } from '../../server/src/log';

const COUNTERS = 34;
const SERVICES = ['hotich', 'chungthuc', 'btxh-ncc', 'datdai', 'cutru', 'tonghop', 'traketqua'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean, ms: number, what: string) => {
  const end = Date.now() + ms;
  while (!cond()) { if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`); await sleep(20); }
};

/** The demo office grown to a provincial centre: 34 counters, a staff member at each (password "demo"). */
function centreConfig(): SiteConfig {
  const c = demoConfig();
  const hash = c.staff[0]!.passwordHash;
  c.services = c.services.map((s) => ({ ...s, dailyCap: undefined, numbering: s.numbering.kind === 'prefix' ? { ...s.numbering, pad: 4 } : s.numbering })) as SiteConfig['services'];
  c.counters = Array.from({ length: COUNTERS }, (_, i) => ({ id: `q${i + 1}`, number: i + 1, name: `Quầy ${i + 1}`, services: [SERVICES[i % SERVICES.length]!, SERVICES[(i + 3) % SERVICES.length]!] }));
  c.staff = [...c.staff, ...Array.from({ length: COUNTERS }, (_, i) => ({ username: `cb${i + 1}`, name: `Cán bộ ${i + 1}`, role: 'staff' as const, passwordHash: hash }))];
  return c;
}

export interface DayReport { tickets: number; calls: number; displays: number; seconds: number; problems: string[] }

/** Runs the day; `tickets` issued over the kiosk API, `displays` socket clients watching. */
export async function centreDay(tickets: number, displays: number): Promise<DayReport> {
  let clock = Date.UTC(2026, 11, 1, 1, 0); // 08:00 in Hà Nội
  const t0 = Date.now();
  const srv = await startServer({ config: centreConfig(), configDir: join(ROOT, 'config'), dataDir: tempDir('motcua-day-'), port: 0, host: '127.0.0.1', log: createLogger('silent'), now: () => clock });
  const problems: string[] = [];
  const screens: Socket[] = [];
  const heard: number[] = Array(displays).fill(0);
  try {
    for (let i = 0; i < displays; i++) {
      const s = connect(srv.url, { auth: { token: 'demo-display' }, transports: ['websocket'], forceNew: true });
      s.on('call', () => { heard[i]!++; });
      screens.push(s);
    }
    await Promise.all(screens.map((s) => new Promise<void>((ok) => s.once('snapshot', () => ok()))));
    const post = async (path: string, token: string, body: unknown = {}) => {
      const r = await fetch(`${srv.url}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    const tokens = await Promise.all(Array.from({ length: COUNTERS }, async (_, i) => (await post('/auth/login', '', { username: `cb${i + 1}`, password: 'demo' })).body.token as string));
    let issued = 0;
    let hold: Promise<void> | null = null;
    let busy = 0; // counters in the middle of a call or a completion
    const issuing = (async () => {
      for (; issued < tickets; issued++) {
        clock += 2000;
        const r = await post('/tickets', 'demo-kiosk', { serviceId: SERVICES[issued % SERVICES.length], ...(issued % 13 === 0 ? { priority: 'nguoi-cao-tuoi' } : {}) });
        if (r.status !== 201) problems.push(`ticket ${issued}: ${r.status} ${JSON.stringify(r.body)}`);
        if (issued === Math.floor(tickets / 2)) {
          // Midday: everyone stops for a moment; the waiting counts on the screens must equal the tickets waiting.
          let release!: () => void;
          hold = new Promise((r2) => { release = r2; });
          await until(() => busy === 0, 60_000, 'counters pausing');
          await checkWaiting(srv, problems);
          hold = null;
          release();
        }
      }
    })();
    let calls = 0;
    await Promise.all(tokens.map(async (token, i) => {
      for (let n = 0; ; n++) {
        if (hold) await hold;
        busy++;
        const r = await post(`/counters/q${i + 1}/call-next`, token);
        if (r.status === 200) {
          calls++;
          clock += 1000;
          await post(`/counters/q${i + 1}/${n % 10 === 9 ? 'no-show' : 'complete'}`, token);
        }
        busy--;
        if (r.status === 200) continue;
        if (issued >= tickets) {
          break;
        } else {
          await sleep(250); // nobody waiting for this counter yet: ask again in a moment
        }
      }
    }));
    await issuing;
    await until(() => heard.every((h) => h === calls), 60_000, 'every call on every display').catch((e: Error) => problems.push(`${e.message}: ${heard.filter((h) => h !== calls).length} displays short`));
    checkJournal(srv, tickets, problems);
    await checkWaiting(srv, problems);
    return { tickets, calls, displays, seconds: Math.round((Date.now() - t0) / 1000), problems };
  } finally {
    for (const s of screens) s.close();
    await srv.close();
  }
}

/** The services' waiting counts (as screens get them) against the tickets table. */
async function checkWaiting(srv: Awaited<ReturnType<typeof startServer>>, problems: string[]): Promise<void> {
  const db = srv.ctx.queue.journal.db;
  const waiting = Object.fromEntries((db.prepare("SELECT service_id AS id, COUNT(*) AS n FROM tickets WHERE status = 'waiting' GROUP BY service_id").all() as Array<{ id: string; n: number }>).map((r) => [r.id, r.n]));
  const list = (await (await fetch(`${srv.url}/api/services`)).json()) as Array<{ id: string; waiting: number }>;
  for (const s of list) if (s.waiting !== (waiting[s.id] ?? 0)) problems.push(`${s.id}: screens say ${s.waiting} waiting, the tickets ${waiting[s.id] ?? 0}`);
}

/** From the journal: one final state per ticket, never active at two counters, each call to one waiting ticket. */
function checkJournal(srv: Awaited<ReturnType<typeof startServer>>, tickets: number, problems: string[]): void {
  const db = srv.ctx.queue.journal.db;
  const events = (db.prepare('SELECT data FROM events ORDER BY seq').pluck().all() as string[]).map((d) => JSON.parse(d) as QueueEvent);
  const status = new Map<string, string>();
  const at = new Map<string, string>(); // ticket -> counter while active
  const finals = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'TicketIssued') status.set(e.ticket.id, 'waiting');
    if (e.type === 'TicketCalled') {
      if (status.get(e.ticketId) !== 'waiting') problems.push(`${e.ticketId} called at ${e.counterId} while ${status.get(e.ticketId)}${at.has(e.ticketId) ? ` at ${at.get(e.ticketId)}` : ''}`);
      if ([...at.values()].includes(e.counterId)) problems.push(`${e.counterId} called ${e.ticketId} with another ticket in hand`);
      status.set(e.ticketId, 'called');
      at.set(e.ticketId, e.counterId);
    }
    if (e.type === 'TicketCompleted' || e.type === 'TicketNoShow') {
      if (at.get(e.ticketId) !== e.counterId) problems.push(`${e.ticketId} finished at ${e.counterId}, called at ${at.get(e.ticketId)}`);
      finals.set(e.ticketId, (finals.get(e.ticketId) ?? 0) + 1);
      status.set(e.ticketId, 'final');
      at.delete(e.ticketId);
    }
  }
  if (status.size !== tickets) problems.push(`${status.size} tickets in the journal, ${tickets} issued`);
  for (const [id, s] of status) if (s !== 'final' || finals.get(id) !== 1) problems.push(`${id}: ${finals.get(id) ?? 0} final states (${s})`);
}
