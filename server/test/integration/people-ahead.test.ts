import { afterAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, ClientToServer, ServerToClient, StaffQueuesView, TicketView } from '../../src/contract';
import { noDevices } from '../../src/app/devices';
import type { RunningServer } from '../../src/server';
import { client, demoConfig, login, testServer } from './helpers';

type Client = Socket<ServerToClient, ClientToServer>;
let srv: RunningServer | undefined;
const sockets: Client[] = [];
afterAll(async () => { for (const s of sockets) s.close(); await srv?.close(); });

const follow = (s: Client, ticketId: string) => new Promise<Ack<TicketView>>((ok) => s.emit('ticket:follow', { ticketId }, ok));

describe('kiosk, printed ticket and phone show the place the calling order then keeps (N:1 policy)', () => {
  it('n1 n2 n3 then p1 under 2:1: places 0 1 3 2 everywhere, and the counter calls n1 n2 p1 n3', async () => {
    const config = demoConfig();
    config.queue.priorityPolicy = { kind: 'interleaved', normalPerPriority: 2 };
    const printed = new Map<string, number>();
    srv = await testServer({ config, devices: (log) => ({
      ...noDevices(log),
      printTicket: async (t) => { printed.set(t.id, t.ahead); return { ticketId: t.id, state: 'printed' as const }; },
    }) });
    const api = client(srv.url);
    const staff = await login(srv.url, 'canbo1');
    expect((await api('POST', '/api/counters/q1/open', { token: staff })).status).toBe(200);
    const kiosk: Record<string, number> = {};
    const ids: Record<string, string> = {};
    for (const [name, priority] of [['n1', null], ['n2', null], ['n3', null], ['p1', 'nguoi-cao-tuoi']] as const) {
      const r = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich', priority } });
      expect(r.status).toBe(201);
      ids[name] = r.body.id;
      kiosk[name] = r.body.ahead;
    }
    // At issue: each had everyone before it ahead; p1, a priority after two normals, goes before n3.
    expect(kiosk).toEqual({ n1: 0, n2: 1, n3: 2, p1: 2 });
    await expect.poll(() => printed.size, { timeout: 10_000 }).toBe(4);
    for (const name of Object.keys(ids)) expect(printed.get(ids[name]!), `printed ${name}`).toBe(kiosk[name]);
    // Now: the phone page (REST and socket) says where each one is.
    const phone: Client = connect(srv.url, { transports: ['websocket'] });
    sockets.push(phone);
    const now: Record<string, number> = {};
    for (const name of Object.keys(ids)) {
      const rest = await api('GET', `/api/tickets/${ids[name]}`);
      const live = await follow(phone, ids[name]!);
      expect(live.ok && live.data.ahead).toBe(rest.body.ahead);
      now[name] = rest.body.ahead;
    }
    expect(now).toEqual({ n1: 0, n2: 1, n3: 3, p1: 2 });
    // The staff screen gets the same order from the server.
    const desk: Client = connect(srv.url, { auth: { token: staff }, transports: ['websocket'] });
    sockets.push(desk);
    const snap = await new Promise<{ queues?: StaffQueuesView }>((ok) => desk.once('snapshot', ok));
    expect(snap.queues!.callOrders.q1).toEqual([ids.n1, ids.n2, ids.p1, ids.n3]);
    // Calling next yields exactly that order: the k-th called had k people ahead.
    const called: string[] = [];
    for (let k = 0; k < 4; k++) called.push((await api('POST', '/api/counters/q1/call-next', { token: staff })).body.ticket.id);
    expect(called).toEqual([ids.n1, ids.n2, ids.p1, ids.n3]);
    const nameOf = (id: string) => Object.keys(ids).find((n) => ids[n] === id)!;
    called.forEach((id, k) => expect(now[nameOf(id)], nameOf(id)).toBe(k));
  });
});
