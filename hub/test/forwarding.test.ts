/**
 * Real offices forwarding to a real hub on a throwaway PostgreSQL: three days offline then caught up
 * exactly, the office's figures at the hub equal to its own report, districts and the province adding
 * up, a batch sent twice counted once, and nothing personal at the hub.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type pg from 'pg';
import { client, demoConfig, freePort, login, ROOT, tempDir } from '../../server/test/integration/helpers';
import { startServer, type RunningServer } from '../../server/src/server';
import { createLogger } from '../../server/src/log';
import { reportFor as officeReportFor } from '../../server/src/features/reports/routes';
import { forwardState, readBatch } from '../../server/src/features/outbox/store';
import { forwarderOf } from '../../server/src/features/outbox/start';
import { migrate, openPool } from '../src/db';
import { startHub, type RunningHub } from '../src/hub';
import { addOffice, addReader } from '../src/offices';
import { startPgCluster, type PgCluster } from './pg-cluster';
import { runDay, type Clock } from './office-sim';
import type { BoardRow, HubErrorBody, IngestAnswer, ProvinceReport } from '@motcua/hub/contract';
import type { Report } from '../../server/src/contract/reports';

let pgc: PgCluster;
let pool: pg.Pool;
let hub: RunningHub | null = null;
let hubPort: number;
let reader: string;
const offices: Array<{ code: string; server: RunningServer; clock: Clock }> = [];

async function office(code: string, name: string, district: string): Promise<{ code: string; server: RunningServer; clock: Clock }> {
  const { token } = await addOffice(pool, { code, name, district });
  const config = demoConfig();
  config.office.name = name;
  config.hub = { url: `http://127.0.0.1:${hubPort}`, office: code, token: token!, batchSize: 40, intervalMs: 100 };
  const clock = { t: Date.parse('2026-11-02T07:00:00+07:00') };
  const server = await startServer({ config, configDir: join(ROOT, 'config'), dataDir: tempDir(), port: 0, host: '127.0.0.1', log: createLogger('silent'), now: () => clock.t });
  const o = { code, server, clock };
  offices.push(o);
  return o;
}

/** Resolves once the hub holds everything the office has committed (its outbox is empty and acknowledged). */
async function caughtUp(o: { server: RunningServer }, timeoutMs = 60_000): Promise<void> {
  const db = o.server.ctx.queue.journal.db;
  const f = forwarderOf(o.server.ctx)!;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = forwardState(db);
    if (s.backlog === 0 && s.lastError === null && s.ackedSeq === s.lastSeq) return;
    if (Date.now() > until) throw new Error(`not caught up: ${JSON.stringify(s)}`);
    f.wake();
    await new Promise((r) => setImmediate(r));
    await f.drain().catch(() => {});
  }
}

/** A reader's GET on the hub; T is the route's answer in the hub's contract. */
const hubGet = async <T>(path: string) => {
  const res = await fetch(`http://127.0.0.1:${hubPort}${path}`, { headers: { authorization: `Bearer ${reader}` } });
  return { status: res.status, body: await res.json() as T };
};
const PERIOD = 'period=custom&from=2026-11-01&to=2026-11-30';
const count = async (table: string, office: string) => Number((await pool.query(`SELECT COUNT(*) AS n FROM ${table} WHERE office = $1`, [office])).rows[0].n);
const local = (o: { server: RunningServer }, sql: string) => o.server.ctx.queue.journal.db.prepare(sql).pluck().get() as number;
/** The report without what legitimately differs at the hub: when it was made, and staff shown by pseudonym instead of name. */
const comparable = (r: Report) => ({ ...r, generatedAt: null, tickets: { ...r.tickets, byStaff: r.tickets.byStaff.map((s) => ({ ...s, id: null, name: null })) },
  ratings: { ...r.ratings, byStaff: r.ratings.byStaff.map((s) => ({ ...s, id: null, name: null })) } });

beforeAll(async () => {
  pgc = await startPgCluster();
  pgc.createDb('hub');
  pool = openPool(pgc.url('hub'), 4);
  await migrate(pool);
  hubPort = await freePort();
  reader = await addReader(pool, 'Sở Nội vụ');
}, 120_000);

afterAll(async () => {
  for (const o of offices) await o.server.close();
  await hub?.close();
  await pool?.end();
  pgc?.stop();
});

describe('offices forwarding to the hub', () => {
  it('an office offline for three days keeps serving, then catches up exactly, and its figures at the hub equal its own report', async () => {
    const a = await office('xa-thach-ha', 'UBND xã Thạch Hà', 'Huyện Thạch Hà');
    // The hub is down (nothing listens on its port) for three working days.
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04']) runDay(a.server.ctx, a.clock, day, 18, 'A');
    await forwarderOf(a.server.ctx)!.drain().catch(() => {});
    const offline = forwardState(a.server.ctx.queue.journal.db);
    expect(offline.backlog).toBeGreaterThan(300);
    expect(offline.lastError).toMatch(/hub unreachable/);
    expect(offline.ackedSeq).toBe(0);

    hub = await startHub({ databaseUrl: pgc.url('hub'), port: hubPort, host: '127.0.0.1', log: () => {} });
    await caughtUp(a);
    expect(await count('office_events', a.code)).toBe(local(a, 'SELECT COUNT(*) FROM events'));
    expect(await count('office_tickets', a.code)).toBe(local(a, 'SELECT COUNT(*) FROM tickets'));
    expect(await count('office_ratings', a.code)).toBe(local(a, 'SELECT COUNT(*) FROM ratings'));
    expect(await count('office_dossiers', a.code)).toBe(local(a, 'SELECT COUNT(*) FROM dossiers'));

    const own = officeReportFor(a.server.ctx, { period: 'custom', from: '2026-11-01', to: '2026-11-30' });
    const atHub = await hubGet<ProvinceReport>(`/api/report?office=${a.code}&${PERIOD}`);
    expect(atHub.status).toBe(200);
    expect(own.tickets.total.issued).toBe(54);
    expect(comparable(atHub.body.report)).toEqual(comparable(JSON.parse(JSON.stringify(own))));
  }, 180_000);

  it('a district and the province add up to the offices own reports', async () => {
    const b = await office('xa-thach-kim', 'UBND xã Thạch Kim', 'Huyện Thạch Hà');
    const c = await office('phuong-bac-ha', 'UBND phường Bắc Hà', 'Thành phố Hà Tĩnh');
    runDay(b.server.ctx, b.clock, '2026-11-05', 12, 'B');
    runDay(c.server.ctx, c.clock, '2026-11-05', 9, 'C');
    await caughtUp(b);
    await caughtUp(c);
    const own = offices.map((o) => officeReportFor(o.server.ctx, { period: 'custom', from: '2026-11-01', to: '2026-11-30' }));
    const district = (await hubGet<ProvinceReport>(`/api/report?district=${encodeURIComponent('Huyện Thạch Hà')}&${PERIOD}`)).body.report;
    const province = (await hubGet<ProvinceReport>(`/api/report?${PERIOD}`)).body;
    const sum = (list: typeof own, f: (r: (typeof own)[number]) => number) => list.reduce((s, r) => s + f(r), 0);
    expect(district.tickets.total.issued).toBe(sum(own.slice(0, 2), (r) => r.tickets.total.issued));
    expect(province.report.tickets.total.issued).toBe(sum(own, (r) => r.tickets.total.issued));
    expect(province.report.tickets.total.served).toBe(sum(own, (r) => r.tickets.total.served));
    expect(province.report.ratings.total.count).toBe(sum(own, (r) => r.ratings.total.count));
    for (const k of ['received', 'resolved', 'early', 'onTime', 'late', 'inProgress', 'carriedOver', 'toHandle'] as const) {
      expect(province.report.dossiers.total[k]).toBe(sum(own, (r) => r.dossiers.total[k]));
    }
    expect(province.offices.map((l) => l.code).sort()).toEqual(offices.map((o) => o.code).sort());
    // The same words as an office's report: the A4 page and the CSV carry the office's headings.
    const print = await fetch(`http://127.0.0.1:${hubPort}/api/report/print?${PERIOD}&token=${reader}`).then((r) => r.text());
    expect(print).toContain('TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(print).toContain('KẾT QUẢ THEO ĐƠN VỊ');
    const csv = await fetch(`http://127.0.0.1:${hubPort}/api/report/export.csv?${PERIOD}&token=${reader}`).then((r) => r.text());
    expect(csv).toContain('Tổng số phải giải quyết');
    expect(csv).toContain('UBND phường Bắc Hà');
    const xlsx = await fetch(`http://127.0.0.1:${hubPort}/api/report/export.xlsx?${PERIOD}&token=${reader}`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  }, 180_000);

  it('the same batch sent twice counts once', async () => {
    const a = offices[0]!;
    const db = a.server.ctx.queue.journal.db;
    const before = await count('office_events', a.code);
    runDay(a.server.ctx, a.clock, '2026-11-06', 3, 'A2');
    await forwarderOf(a.server.ctx)!.stop();
    const s = forwardState(db);
    const { items, lastSeq } = readBatch(db, s.ackedSeq, 2000);
    const token = a.server.ctx.config.hub!.token!;
    const send = () => fetch(`http://127.0.0.1:${hubPort}/api/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ office: a.code, fromSeq: s.ackedSeq, toSeq: lastSeq, items, backlog: 0, oldestPendingAt: null }),
    }).then(async (r) => ({ status: r.status, body: await r.json() as IngestAnswer }));
    const first = await send();
    const second = await send();
    expect(first.body.data).toEqual({ lastSeq, accepted: items.length, duplicates: 0 });
    expect(second.body.data).toEqual({ lastSeq, accepted: 0, duplicates: items.length });
    const added = items.filter((i) => i.kind === 'event').length;
    expect(await count('office_events', a.code)).toBe(before + added);
    expect(await count('office_events', a.code)).toBe(local(a, 'SELECT COUNT(*) FROM events'));
    // A batch that would leave a hole is refused with what the hub holds; a bad payload changes nothing.
    const gap = await fetch(`http://127.0.0.1:${hubPort}/api/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ office: a.code, fromSeq: lastSeq + 5, toSeq: lastSeq + 6, items: [], backlog: 0, oldestPendingAt: null }),
    });
    expect(gap.status).toBe(409);
    expect((await gap.json() as HubErrorBody).error).toMatchObject({ code: 'GAP', lastSeq });
    const bad = await fetch(`http://127.0.0.1:${hubPort}/api/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ office: a.code, fromSeq: lastSeq, toSeq: lastSeq + 1, items: [{ seq: lastSeq + 1, at: 1, kind: 'ticket', data: { id: 'x', applicantName: 'Nguyễn Văn A' } }], backlog: 0, oldestPendingAt: null }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json() as HubErrorBody).error.code).toBe('VALIDATION');
    const wrong = await fetch(`http://127.0.0.1:${hubPort}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope-nope-nope-nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect((await pool.query('SELECT last_seq FROM offices WHERE code = $1', [a.code])).rows[0].last_seq).toBe(lastSeq);
  }, 120_000);

  it('no ID number, full name or staff account reaches the hub', async () => {
    const dump = JSON.stringify((await pool.query(`SELECT json_agg(t) AS a FROM (SELECT 'e' AS k, row_to_json(x) AS r FROM office_events x UNION ALL
      SELECT 't', row_to_json(x) FROM office_tickets x UNION ALL SELECT 'r', row_to_json(x) FROM office_ratings x UNION ALL
      SELECT 'd', row_to_json(x) FROM office_dossiers x UNION ALL SELECT 'o', row_to_json(x) FROM offices x) t`)).rows[0].a);
    expect(dump.length).toBeGreaterThan(10_000);
    expect(dump).toContain('Đăng ký khai sinh');
    for (const s of ['Nguyễn Văn Bình An', 'Nguyễn Thị Lan', 'Trần Văn Minh', 'canbo1', 'canbo2', 'staff:']) expect(dump).not.toContain(s);
    expect(dump).not.toMatch(/\b\d{12}\b/);
  });

  it("the office's /admin shows the forwarding state: last sent, backlog, last error", async () => {
    const b = offices[1]!;
    const admin = await login(b.server.url, 'admin', 'demo');
    const r = await client(b.server.url)('GET', '/api/admin/hub-forwarding', { token: admin });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ configured: true, running: true, office: 'xa-thach-kim', backlog: 0, lastError: null });
    expect(r.body.lastOkAt).toBeGreaterThan(0);
    expect((await client(b.server.url)('GET', '/api/admin/hub-forwarding')).status).toBe(401);
    expect((await client(b.server.url)('GET', '/api/admin/hub-forwarding', { token: await login(b.server.url) })).status).toBe(403);
  });

  it('the board shows each office, connected, and how far behind', async () => {
    const board = await hubGet<BoardRow[]>('/api/offices');
    expect(board.status).toBe(200);
    expect(board.body.map((r) => r.code).sort()).toEqual(offices.map((o) => o.code).sort());
    const c = board.body.find((r) => r.code === 'phuong-bac-ha');
    expect(c).toMatchObject({ connected: true, backlog: 0, behindMs: 0, district: 'Thành phố Hà Tĩnh' });
    expect((await fetch(`http://127.0.0.1:${hubPort}/api/offices`)).status).toBe(401);
  });
});

describe('an office without a hub: section', () => {
  it('forwards nothing, and an outbox left from before is emptied', async () => {
    const dir = tempDir();
    const clock = { t: Date.parse('2026-11-09T07:00:00+07:00') };
    const first = await startServer({ config: { ...demoConfig(), hub: { url: 'http://127.0.0.1:9', office: 'x', token: 'x'.repeat(20), batchSize: 10, intervalMs: 100 } },
      configDir: join(ROOT, 'config'), dataDir: dir, port: 0, host: '127.0.0.1', log: createLogger('silent'), now: () => clock.t });
    runDay(first.ctx, clock, '2026-11-09', 3, 'N');
    expect(forwardState(first.ctx.queue.journal.db).backlog).toBeGreaterThan(10);
    await new Promise((r) => setImmediate(r)); // the queue's snapshot runs after the command's turn
    await first.close();
    const again = await startServer({ config: demoConfig(), configDir: join(ROOT, 'config'), dataDir: dir, port: 0, host: '127.0.0.1', log: createLogger('silent'), now: () => clock.t });
    try {
      expect(forwardState(again.ctx.queue.journal.db)).toMatchObject({ enabled: false, backlog: 0 });
      runDay(again.ctx, clock, '2026-11-10', 3, 'N');
      expect(forwardState(again.ctx.queue.journal.db).backlog).toBe(0);
      await new Promise((r) => setImmediate(r));
    } finally { await again.close(); }
  });
});
