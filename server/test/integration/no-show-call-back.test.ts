import { afterAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, ClientToServer, CounterView, ServerToClient, StaffQueuesView, TicketView } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, login, testServer } from './helpers';

type Client = Socket<ServerToClient, ClientToServer>;
let srv: RunningServer | undefined;
const sockets: Client[] = [];
afterAll(async () => { for (const s of sockets) s.close(); await srv?.close(); });

describe('a no-show called back the same day', () => {
  it('is listed for the counter, called back (REST and socket), served, and reported as served after a no-show', async () => {
    let clock = Date.parse('2026-11-24T09:00:00+07:00');
    srv = await testServer({ now: () => clock });
    const api = client(srv.url);
    const staff = await login(srv.url, 'canbo1');
    const take = async () => (await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } })).body.id as string;
    const a = await take();
    const b = await take();
    await api('POST', '/api/counters/q1/call-next', { token: staff });
    clock += 60_000;
    await api('POST', '/api/counters/q1/no-show', { token: staff });
    // The counter screen's list of no-shows it may call back, until 30 minutes after.
    const desk: Client = connect(srv.url, { auth: { token: staff }, transports: ['websocket'] });
    sockets.push(desk);
    const snap = await new Promise<{ queues?: StaffQueuesView }>((ok) => desk.once('snapshot', ok));
    expect(snap.queues!.noShows).toEqual([expect.objectContaining({ id: a, number: 'A001', at: clock, until: clock + 30 * 60_000 })]);
    // Five minutes later the citizen is back: called back over REST, served, completed.
    clock += 5 * 60_000;
    const back = await api('POST', '/api/counters/q1/call-back', { token: staff, body: { ticketId: a } });
    expect([back.status, back.body.ticket.id, back.body.ticket.status]).toEqual([200, a, 'called']);
    expect((await api('GET', `/api/tickets/${a}`)).body.status).toBe('called');
    await api('POST', '/api/counters/q1/start', { token: staff });
    clock += 4 * 60_000;
    await api('POST', '/api/counters/q1/complete', { token: staff });
    // b: absent too, and comes back too late (31 minutes): refused; then a third no-show is called back over the socket in time.
    await api('POST', '/api/counters/q1/call-next', { token: staff });
    await api('POST', '/api/counters/q1/no-show', { token: staff });
    clock += 31 * 60_000;
    const late = await api('POST', '/api/counters/q1/call-back', { token: staff, body: { ticketId: b } });
    expect([late.status, late.body.error.code]).toEqual([409, 'CALL_BACK_EXPIRED']);
    const c = await take();
    await api('POST', '/api/counters/q1/call-next', { token: staff });
    await api('POST', '/api/counters/q1/no-show', { token: staff });
    clock += 60_000;
    const ack = await new Promise<Ack<{ ticket: TicketView | null; counter: CounterView }>>((ok) => desk.emit('counter:callBack', { counterId: 'q1', ticketId: c }, ok));
    expect(ack.ok && ack.data.ticket?.id).toBe(c);
    const notNoShow = await new Promise<Ack<unknown>>((ok) => desk.emit('counter:callBack', { counterId: 'q1', ticketId: a }, ok));
    expect(!notNoShow.ok && notNoShow.error.code).toBe('TICKET_NOT_NO_SHOW');
    await api('POST', '/api/counters/q1/complete', { token: staff });
    // The day's report: 3 issued, 2 served of which 2 after a no-show, 1 no-show.
    const sup = await login(srv.url, 'giamsat');
    const rep = await api('GET', '/api/reports?period=day&date=2026-11-24', { token: sup });
    expect(rep.body.tickets.total).toMatchObject({ issued: 3, served: 2, servedAfterNoShow: 2, noShow: 1 });
    const print = await (await fetch(`${srv.url}/api/reports/print?period=day&date=2026-11-24&token=${sup}`)).text();
    expect(print.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '))
      .toContain('Số phiếu thứ tự đã cấp: 3; đã phục vụ: 2 (trong đó 2 lượt được gọi lại sau khi vắng mặt); vắng mặt khi gọi: 1.');
  });
});
