import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient, ServiceView, TicketView } from '../../src/contract';
import { COALESCE_MS } from '../../src/http/broadcast';
import { client, login, testServer } from './helpers';

type Client = Socket<ServerToClient, ClientToServer>;
const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0)) await x.close(); });

function screen(url: string, token: string): Client {
  const s: Client = connect(url, { auth: { token }, transports: ['websocket'] });
  open.push(s);
  return s;
}
const until = (cond: () => boolean, ms = 30_000) => new Promise<void>((ok, fail) => {
  const end = Date.now() + ms;
  const tick = () => (cond() ? ok() : Date.now() > end ? fail(new Error('condition not met in time')) : setTimeout(tick, 10));
  tick();
});

describe('deltas stay small: coalesced and only when changed', () => {
  it(`a burst of 40 tickets gives the display at most one services update per ${COALESCE_MS} ms, the last one exact`, async () => {
    const srv = await testServer();
    open.push(srv);
    const display = screen(srv.url, 'demo-display');
    await new Promise<void>((ok) => display.once('snapshot', () => ok()));
    const got: Array<{ at: number; views: ServiceView[] }> = [];
    display.on('services', (views) => got.push({ at: Date.now(), views }));
    const api = client(srv.url);
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 40 }, () => api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'cutru' } })));
    await until(() => got.at(-1)?.views.find((v) => v.id === 'cutru')?.waiting === 40);
    // Every send happened between t0 and the last receipt; receipt times alone bunch up on a busy machine, so the
    // bound is taken over that whole window. Leading and trailing edge: n messages need at least (n - 1) intervals
    // between them (timers may fire early by 1 ms).
    const span = got.at(-1)!.at - t0;
    expect(got.length).toBeLessThanOrEqual(Math.floor(span / (COALESCE_MS - 2)) + 1);
    expect(got.length).toBeLessThan(40);
    for (let i = 1; i < got.length; i++) expect(got[i]!.views).not.toEqual(got[i - 1]!.views);
  }, 120_000);

  it('a follower hears of its ticket only when its own view changed', async () => {
    const srv = await testServer();
    open.push(srv);
    const api = client(srv.url);
    const mine = (await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } })).body as TicketView;
    const phone = screen(srv.url, 'demo-display');
    await new Promise<void>((ok) => phone.once('snapshot', () => ok()));
    const heard: TicketView[] = [];
    phone.on('ticket', (t) => heard.push(t));
    let followed!: TicketView;
    await new Promise<void>((ok) => phone.emit('ticket:follow', { ticketId: mine.id }, (a) => { if (a.ok) followed = a.data; ok(); }));
    // Ten citizens behind this one: its place (first, nobody ahead) does not change.
    for (let i = 0; i < 10; i++) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    await api('POST', '/api/counters/q1/call-next', { token: await login(srv.url) });
    await until(() => heard.some((t) => t.status === 'called'));
    // Unchanged views are not sent: the follow's own answer was the last view this room had.
    expect(heard[0]!.status).toBe('called');
    expect(followed.status).toBe('waiting');
    expect(heard.filter((t) => t.status === 'called')).toHaveLength(1);
    expect(heard.at(-1)!.counter).toMatchObject({ number: 1 });
  }, 120_000);
});
