import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, ClientToServer, RatingAsk, RatingResultView, ServerToClient } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, demoConfig, login, testServer } from './helpers';

type Client = Socket<ServerToClient, ClientToServer>;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let srv: RunningServer;
let clock = Date.UTC(2026, 10, 24, 2, 0); // 09:00 in Hà Nội
let api: ReturnType<typeof client>;
const tok = { kiosk: 'demo-kiosk', display: 'demo-display', integration: 'demo-integration', tabletQ1: 'demo-counter', tabletQ2: 'tablet-q2', staff: '', supervisor: '', admin: '' };
const sockets: Client[] = [];

beforeAll(async () => {
  const config = demoConfig();
  config.deviceTokens.push({ id: 'rating-q2', role: 'counter', counterId: 'q2', tokenSha256: sha('tablet-q2') });
  srv = await testServer({ config, now: () => clock });
  api = client(srv.url);
  tok.staff = await login(srv.url, 'canbo1');
  tok.supervisor = await login(srv.url, 'giamsat');
  tok.admin = await login(srv.url, 'admin');
}, 60_000);
afterAll(async () => { for (const s of sockets) s.close(); await srv?.close(); });

function socketOf(token: string): Client {
  const s: Client = connect(srv.url, { auth: { token }, transports: ['websocket'] });
  sockets.push(s);
  return s;
}
const connected = (s: Client) => new Promise<void>((ok) => (s.connected ? ok() : s.once('connect', () => ok())));
const submit = (s: Client, body: { ticketId: string; level: string }) =>
  new Promise<Ack<RatingResultView>>((ok) => s.emit('rating:submit', body, ok));

/** Issues a ticket for hộ tịch and serves it at q1 to completion; returns its id. */
async function serveOne(how: 'complete' | 'next' = 'complete'): Promise<string> {
  const t = await api('POST', '/api/tickets', { token: tok.kiosk, body: { serviceId: 'hotich' } });
  const called = await api('POST', '/api/counters/q1/call-next', { token: tok.staff });
  expect(called.body.ticket.id).toBe(t.body.id);
  if (how === 'complete') expect((await api('POST', '/api/counters/q1/complete', { token: tok.staff })).status).toBe(200);
  return t.body.id as string;
}

const rate = (token: string | undefined, ticketId: string, level = 'rat_hai_long') =>
  api('POST', '/api/ratings', { ...(token ? { token } : {}), body: { ticketId, level } });

describe('who may rate, and when (REST)', () => {
  it('every principal but the counter\'s own tablet is refused with its code, and nothing is stored', async () => {
    const id = await serveOne();
    expect((await rate(undefined, id)).body.error.code).toBe('UNAUTHORIZED');
    for (const who of ['kiosk', 'display', 'integration', 'staff', 'supervisor', 'admin'] as const) {
      const r = await rate(tok[who], id);
      expect([who, r.status, r.body.error.code]).toEqual([who, 403, 'RATING_NOT_TABLET']);
    }
    const other = await rate(tok.tabletQ2, id);
    expect([other.status, other.body.error.code]).toEqual([403, 'RATING_OTHER_COUNTER']);
    const list = await api('GET', '/api/ratings', { token: tok.supervisor });
    expect(list.body.filter((r: { ticketId: string }) => r.ticketId === id)).toEqual([]);
    // The tablet paired with q1 rates it, once.
    const ok = await rate(tok.tabletQ1, id);
    expect([ok.status, ok.body.ticketId, ok.body.staffId]).toEqual([201, id, 'canbo1']);
    const again = await rate(tok.tabletQ1, id, 'hai_long');
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_RATED']);
  });

  it('only within the window after completion (default 120 s): at 120 s yes, at 121 s 409', async () => {
    const a = await serveOne();
    clock += 120_000;
    expect((await rate(tok.tabletQ1, a)).status).toBe(201);
    const b = await serveOne();
    clock += 121_000;
    const late = await rate(tok.tabletQ1, b);
    expect([late.status, late.body.error.code]).toEqual([409, 'RATING_WINDOW_CLOSED']);
  });

  it('only the ticket completed at the counter most recently; a ticket not yet completed is 409', async () => {
    const older = await serveOne();
    const latest = await serveOne();
    const r = await rate(tok.tabletQ1, older);
    expect([r.status, r.body.error.code]).toEqual([409, 'RATING_NOT_LATEST']);
    const t = await api('POST', '/api/tickets', { token: tok.kiosk, body: { serviceId: 'hotich' } });
    await api('POST', '/api/counters/q1/call-next', { token: tok.staff });
    const notDone = await rate(tok.tabletQ1, t.body.id);
    expect([notDone.status, notDone.body.error.code]).toEqual([409, 'TICKET_NOT_DONE']);
    await api('POST', '/api/counters/q1/complete', { token: tok.staff });
    expect((await rate(tok.tabletQ1, latest)).body.error.code).toBe('RATING_NOT_LATEST');
  });

  // An anonymous attempt is refused (401) but not recorded: it has no who, and anyone could fill the trail with it.
  it('every refused attempt is in the audit trail, with who tried and why', async () => {
    const trail = (await api('GET', '/api/admin/audit', { token: tok.admin })).body as Array<{ by: string; what: string }>;
    const refused = trail.filter((x) => x.what.includes('rating refused'));
    const codes = refused.map((x) => `${x.by} ${/: (\w+) /.exec(x.what)![1]}`).sort();
    expect(codes).toEqual([
      'device:display-1 RATING_NOT_TABLET', 'device:kiosk-1 RATING_NOT_TABLET', 'device:motcua-dvc RATING_NOT_TABLET',
      'device:rating-q1 ALREADY_RATED', 'device:rating-q1 RATING_NOT_LATEST', 'device:rating-q1 RATING_NOT_LATEST', 'device:rating-q1 RATING_WINDOW_CLOSED',
      'device:rating-q1 TICKET_NOT_DONE', 'device:rating-q2 RATING_OTHER_COUNTER',
      'staff:admin RATING_NOT_TABLET', 'staff:canbo1 RATING_NOT_TABLET', 'staff:giamsat RATING_NOT_TABLET',
    ]);
  });
});

describe('who may rate, and when (socket)', () => {
  it('two "next" in a row both ask the tablet; the tablet rates the latest over the socket, every other principal is refused', async () => {
    const tablet = socketOf(tok.tabletQ1);
    await connected(tablet);
    const asks: RatingAsk[] = [];
    tablet.on('rating:ask', (a) => asks.push(a));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await api('POST', '/api/tickets', { token: tok.kiosk, body: { serviceId: 'hotich' } })).body.id);
    for (let i = 0; i < 3; i++) await api('POST', '/api/counters/q1/call-next', { token: tok.staff });
    // The counter was idle (the test before completed its ticket); then ids[0] and ids[1] were completed automatically.
    await expect.poll(() => asks.map((a) => a.ticketId).slice(-2), { timeout: 10_000 }).toEqual([ids[0], ids[1]]);
    for (const who of ['kiosk', 'display', 'staff', 'supervisor', 'admin'] as const) {
      const s = socketOf(tok[who]);
      await connected(s);
      const ack = await submit(s, { ticketId: ids[1]!, level: 'hai_long' });
      expect([who, ack.ok, !ack.ok && ack.error.code]).toEqual([who, false, 'RATING_NOT_TABLET']);
    }
    const q2 = socketOf(tok.tabletQ2);
    await connected(q2);
    const other = await submit(q2, { ticketId: ids[1]!, level: 'hai_long' });
    expect(!other.ok && other.error.code).toBe('RATING_OTHER_COUNTER');
    const first = await submit(tablet, { ticketId: ids[0]!, level: 'hai_long' });
    expect(!first.ok && first.error.code).toBe('RATING_NOT_LATEST');
    const ok = await submit(tablet, { ticketId: ids[1]!, level: 'hai_long' });
    expect(ok.ok && ok.data.ticketId).toBe(ids[1]);
    const again = await submit(tablet, { ticketId: ids[1]!, level: 'rat_hai_long' });
    expect(!again.ok && again.error.code).toBe('ALREADY_RATED');
    const bad = await submit(tablet, { ticketId: ids[1]!, level: 'tuyet_voi' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    // The window: the ticket in hand completes now; 121 s later its rating is refused.
    await api('POST', '/api/counters/q1/complete', { token: tok.staff });
    await expect.poll(() => asks.at(-1)?.ticketId, { timeout: 10_000 }).toBe(ids[2]);
    clock += 121_000;
    const late = await submit(tablet, { ticketId: ids[2]!, level: 'hai_long' });
    expect(!late.ok && late.error.code).toBe('RATING_WINDOW_CLOSED');
  });
});
