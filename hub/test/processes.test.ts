/**
 * Hub processes as production runs them, over one PostgreSQL: two ingesting at once (one office even
 * sending to both), live board updates crossing processes, and a hub killed inside a batch's transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { io as connect } from 'socket.io-client';
import { freePort, tempDir } from '../../server/test/integration/helpers';
import { createLogger } from '../../server/src/log';
import { Forwarder } from '../../server/src/features/outbox/forwarder';
import { forwardState } from '../../server/src/features/outbox/store';
import { migrate, openPool } from '../src/db';
import { addOffice, addReader } from '../src/offices';
import { fakeOffice, type FakeOffice } from './fake-office';
import { spawnHub, type HubProcess } from './hub-process';
import { startPgCluster, type PgCluster } from './pg-cluster';

let pgc: PgCluster;
let pool: pg.Pool;
let reader: string;
const hubs: HubProcess[] = [];
const log = createLogger('silent');
const PROFILE = { timeZone: 'Asia/Ho_Chi_Minh', services: { hotich: 'Hộ tịch' }, counters: { q1: 'Quầy 1' }, levels: [{ key: 'hai_long', label: 'Hài lòng' }], hours: null };

async function office(code: string, days: number, perDay: number): Promise<{ code: string; token: string; db: FakeOffice }> {
  const { token } = await addOffice(pool, { code, name: `Xã ${code}`, district: 'Huyện Can Lộc' });
  const db = fakeOffice(tempDir(), { fast: true });
  for (let d = 0; d < days; d++) {
    const day = `2026-11-${String(2 + d).padStart(2, '0')}`;
    for (let i = 0; i < perDay; i++) db.ticket(day, Date.parse(`${day}T08:00:00+07:00`) + i * 120_000);
  }
  return { code, token: token!, db };
}

const forwarder = (o: { code: string; token: string; db: FakeOffice }, url: string, batchSize = 50) =>
  new Forwarder({ db: o.db.db, url, office: o.code, token: o.token, log, profile: () => PROFILE, batchSize });

async function hubCounts(code: string) {
  const q = async (t: string) => Number((await pool.query(`SELECT COUNT(*) AS n FROM ${t} WHERE office = $1`, [code])).rows[0].n);
  const o = (await pool.query('SELECT last_seq, items_total FROM offices WHERE code = $1', [code])).rows[0];
  return { events: await q('office_events'), tickets: await q('office_tickets'), ratings: await q('office_ratings'), dossiers: await q('office_dossiers'), lastSeq: o.last_seq, itemsTotal: o.items_total };
}
const expected = (o: { db: FakeOffice }) => ({ ...o.db.counts(), lastSeq: o.db.lastOutbox(), itemsTotal: o.db.lastOutbox() });

beforeAll(async () => {
  pgc = await startPgCluster();
  pgc.createDb('hub');
  pool = openPool(pgc.url('hub'), 4);
  await migrate(pool);
  reader = await addReader(pool, 'Văn phòng UBND tỉnh');
}, 120_000);

afterAll(async () => {
  for (const h of hubs) await h.stop();
  await pool?.end();
  pgc?.stop();
});

describe('several hub processes over one database', () => {
  it('two hub processes ingest at once, one office sending to both, and every item is counted once; the board follows across processes', async () => {
    const [a, b] = await Promise.all([spawnHub(pgc.url('hub'), await freePort()), spawnHub(pgc.url('hub'), await freePort())]);
    hubs.push(a!, b!);
    const offices = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => office(`xa-${i}`, 2, 15)));
    // A board page connected to hub B hears of offices that only hub A ingests (via the PostgreSQL adapter).
    const socket = connect(b!.url, { auth: { token: reader }, transports: ['websocket'] });
    const heard = new Set<string>();
    const fromA = new Promise<void>((ok) => socket.on('board:office', (r: { code: string }) => { heard.add(r.code); if (heard.has('xa-1') && heard.has('xa-2')) ok(); }));
    await new Promise<void>((ok, fail) => { socket.on('board:snapshot', () => ok()); socket.on('connect_error', fail); });
    const runs = offices.map((o, i) => forwarder(o, i < 3 ? a!.url : b!.url).drain());
    // Office 0 also sends every batch to hub B at the same time: the same items reach two processes at once.
    runs.push(forwarder(offices[0]!, b!.url, 37).drain());
    await Promise.all(runs);
    for (const o of offices) expect(await hubCounts(o.code)).toEqual(expected(o));
    await fromA;
    socket.close();
  }, 180_000);

  it('a hub killed inside a batch loses nothing and counts nothing twice once it is back', async () => {
    const port = await freePort();
    const dying = await spawnHub(pgc.url('hub'), port, { MOTCUA_HUB_FAULT: 'exit-before-commit' });
    hubs.push(dying);
    const o = await office('xa-restart', 3, 20);
    const f = forwarder(o, dying.url, 200);
    await expect(f.sendOne()).rejects.toThrow(/hub unreachable/);
    await dying.exited;
    // The transaction died with the process: nothing of the batch is at the hub, and the office still holds it all.
    expect(await hubCounts(o.code)).toMatchObject({ events: 0, tickets: 0, lastSeq: 0, itemsTotal: 0 });
    expect(forwardState(o.db.db)).toMatchObject({ ackedSeq: 0, backlog: o.db.lastOutbox() });
    expect(forwardState(o.db.db).lastError).toMatch(/hub unreachable/);
    const back = await spawnHub(pgc.url('hub'), port);
    hubs.push(back);
    await f.drain();
    expect(await hubCounts(o.code)).toEqual(expected(o));
    expect(forwardState(o.db.db)).toMatchObject({ backlog: 0, lastError: null });
  }, 180_000);
});
