/**
 * `npm run bench:hub`: 216 offices (Hà Tĩnh's count) forwarding to two hub processes over one throwaway
 * PostgreSQL (fsync on). Rows: (1) a simulated month, committed while the hub was unreachable, forwarded
 * by all offices at once: ingest rate; (2) a busy live hour: lag from an office's commit to the hub's
 * durable answer, p50/p99; (3) the province's yearly report over all offices; (4) the floor: the same
 * rows by a bare COPY and by plain multi-row INSERTs into the same PostgreSQL, in the same run.
 */
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../server/src/log';
import { Forwarder } from '../server/src/features/outbox/forwarder';
import { migrate, openPool } from '../hub/src/db';
import { addOffice, addReader } from '../hub/src/offices';
import { fakeOffice, type FakeOffice } from '../hub/test/fake-office';
import { spawnHub } from '../hub/test/hub-process';
import { startPgCluster } from '../hub/test/pg-cluster';
import { copyFloor, insertFloor } from './hub-floor';
import { percentile } from './stats';

const OFFICES = Number(process.env.BENCH_HUB_OFFICES ?? 216);
const PER_DAY = Number(process.env.BENCH_HUB_TICKETS_PER_DAY ?? 15);
const DAYS = 22; // working days in a month
const LIVE_SECONDS = Number(process.env.BENCH_HUB_LIVE_SECONDS ?? 30);
const LIVE_TICKETS_PER_OFFICE_MIN = 6; // a busy hour: one ticket's whole life every 10 s in every office

const log = createLogger('silent');
const PROFILE = { timeZone: 'Asia/Ho_Chi_Minh', services: { hotich: 'Hộ tịch', chungthuc: 'Chứng thực', datdai: 'Đất đai', cutru: 'Cư trú' },
  counters: { q1: 'Quầy 1' }, levels: [{ key: 'rat_hai_long', label: 'Rất hài lòng' }, { key: 'hai_long', label: 'Hài lòng' }, { key: 'chua_hai_long', label: 'Chưa hài lòng' }], hours: null };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const line = (name: string, value: string) => console.log(`${name.padEnd(64)} ${value}`);

console.log(`motcua bench:hub — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log(`${OFFICES} offices, a month of ${DAYS} working days x ${PER_DAY} tickets; 2 hub processes; PostgreSQL 15, fsync on\n`);

const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-hub-'));
const pgc = await startPgCluster({ durable: true });
pgc.createDb('hub');
const url = pgc.url('hub');
const pool = openPool(url, 10);
await migrate(pool);
const reader = await addReader(pool, 'bench');
const { freePort } = await import('../server/test/integration/helpers');
const hubs = await Promise.all([spawnHub(url, await freePort()), spawnHub(url, await freePort())]);

try {
  // The month, committed in every office while the hub was out of reach.
  const genStart = performance.now();
  const offices: Array<{ code: string; token: string; db: FakeOffice }> = [];
  for (let i = 0; i < OFFICES; i++) {
    const code = `xa-${String(i).padStart(3, '0')}`;
    const { token } = await addOffice(pool, { code, name: `UBND xã ${i}`, district: `Huyện ${i % 13}` });
    const db = fakeOffice(join(dir, code), { fast: true });
    for (let d = 0; d < DAYS; d++) {
      const day = `2026-10-${String(1 + d).padStart(2, '0')}`;
      db.day(day, PER_DAY);
    }
    offices.push({ code, token: token!, db });
  }
  const monthItems = offices.reduce((s, o) => s + o.db.lastOutbox(), 0);
  line('month generated in the offices (outbox items)', `${fmt(monthItems)} items in ${((performance.now() - genStart) / 1000).toFixed(1)} s (not timed below)`);

  // (1) Every office forwards its month at once, batches of 500, half to each hub process.
  const lags: number[] = [];
  const forwarders = offices.map((o, i) => new Forwarder({
    db: o.db.db, url: hubs[i % 2]!.url, office: o.code, token: o.token, log, profile: () => PROFILE, batchSize: 500, intervalMs: 100,
    onAck: (times, ackedAt) => { if (live) for (const t of times) lags.push(ackedAt - t); },
  }));
  let live = false;
  const t0 = performance.now();
  // An office told BUSY (or timing out) tries again shortly, as its forwarder would.
  let retries = 0;
  await Promise.all(forwarders.map(async (f) => { for (;;) { try { return await f.drain(); } catch { retries++; await new Promise((r) => setTimeout(r, 500 + Math.random() * 1000)); } } }));
  const ingestS = (performance.now() - t0) / 1000;
  line('hub: a month from 216 offices at once, ingest', `${fmt(monthItems / ingestS)} items/s (${fmt(monthItems)} items in ${ingestS.toFixed(1)} s; ${retries} batches told BUSY or timed out, sent again)`);

  // (4) The floor: the same rows, bare, into the same PostgreSQL.
  const copy = await copyFloor(pool, url, dir);
  line('floor: bare COPY of the same rows', `${fmt(copy.rows / copy.seconds)} rows/s (${fmt(copy.rows)} rows in ${copy.seconds.toFixed(1)} s)`);
  const ins = await insertFloor(pool, 8);
  line('floor: multi-row INSERT (500 a statement, 8 connections)', `${fmt(ins.rows / ins.seconds)} rows/s (${fmt(ins.rows)} rows in ${ins.seconds.toFixed(1)} s)`);
  line('  the hub wrote (rows; ticket changes in one batch are written once)', `${fmt(copy.rows)} rows: ${fmt(copy.rows / ingestS)} rows/s`);
  for (const p of ['copy_', 'ins_']) for (const t of ['office_events', 'office_tickets', 'office_ratings', 'office_dossiers']) await pool.query(`DROP TABLE ${p}${t}`);

  // (2) A busy live hour: every office commits a ticket's whole life every 10 s, the forwarders running as in the office.
  for (const f of forwarders) f.start();
  live = true;
  const liveStart = Date.now();
  const stepMs = 60_000 / LIVE_TICKETS_PER_OFFICE_MIN;
  let committed = 0;
  await new Promise<void>((done) => {
    const next = offices.map((_, i) => liveStart + (i * stepMs) / OFFICES);
    const timer = setInterval(() => {
      const now = Date.now();
      offices.forEach((o, i) => {
        while (next[i]! <= now) { committed += o.db.ticket('2026-11-02', now); next[i]! += stepMs; forwarders[i]!.wake(); }
      });
      if (now - liveStart >= LIVE_SECONDS * 1000) { clearInterval(timer); done(); }
    }, 20);
  });
  // Wait (polling the offices' own state, not a fixed time) until every office's outbox is acknowledged.
  for (let i = 0; i < 3000 && offices.some((o) => (o.db.db.prepare('SELECT acked_seq FROM hub_forward').pluck().get() as number) < o.db.lastOutbox()); i++) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(forwarders.map((f) => f.stop()));
  line(`hub: live, ${fmt(committed / LIVE_SECONDS)} items/s offered, office commit -> hub durable`, `p50 ${fmt(percentile(lags, 50))} ms   p99 ${fmt(percentile(lags, 99))} ms   n=${fmt(lags.length)}`);

  // (3) The province's yearly report over all offices (what the hub holds: the month and the live hour).
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    const res = await fetch(`${hubs[0]!.url}/api/report?period=year&date=2026`, { headers: { authorization: `Bearer ${reader}` } });
    const body = await res.json() as { report: { tickets: { total: { issued: number } } } };
    times.push(performance.now() - s);
    size = body.report.tickets.total.issued;
  }
  line(`province's yearly report, ${OFFICES} offices (${fmt(size)} tickets)`, `median ${fmt(percentile(times, 50))} ms (3 runs: ${times.map(fmt).join(', ')})`);
} finally {
  for (const h of hubs) await h.stop();
  await pool.end();
  pgc.stop();
  rmSync(dir, { recursive: true, force: true });
}
