/** Office hours at the server: kiosks are refused outside hours with the next opening; screens hear when it changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { HoursView, ServiceView, Snapshot } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { client, demoConfigWithHours, login, testServer } from './helpers';

/** A Hà Nội wall-clock time as an instant. */
const at = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+07:00`);
let clock = at('2026-11-23 17:20'); // a Monday in winter, after the afternoon session
let srv: RunningServer;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  srv = await testServer({ config: demoConfigWithHours(), now: () => clock, hoursCheckMs: 50 });
  api = client(srv.url);
});
afterAll(() => srv.close());

const take = (serviceId = 'hotich') => api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId } });

describe('outside office hours', () => {
  it('the REST route refuses a kiosk ticket, naming the next opening, and issues nothing', async () => {
    const before = srv.ctx.queue.journal.lastSeq();
    const r = await take();
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('OFFICE_CLOSED');
    expect(r.body.error.message).toContain('7 giờ 30 sáng mai, thứ Ba 24/11/2026');
    expect(r.body.error.message).toContain('7:30 am tomorrow');
    expect(srv.ctx.queue.journal.lastSeq()).toBe(before);
  });

  it('GET /api/hours says closed, why, and when it opens', async () => {
    const r = await api('GET', '/api/hours');
    expect(r.body).toMatchObject({
      open: false, issuing: false, closedReason: 'afterHours', nextOpeningAt: at('2026-11-24 07:30'),
      nextOpeningText: '7 giờ 30 sáng mai, thứ Ba 24/11/2026',
    });
    expect(r.body.scheduleText).toContain('sáng 7:30–11:30, chiều 13:30–17:00');
  });

  it('a staff member at a counter may still issue one (they decide)', async () => {
    const token = await login(srv.url);
    const r = await api('POST', '/api/tickets', { token, body: { serviceId: 'hotich' } });
    expect(r.status).toBe(201);
  });
});

describe('as the clock moves', () => {
  let socket: Socket;
  const heard: HoursView[] = [];
  const services: ServiceView[][] = [];
  let snapshot: Snapshot;

  beforeAll(async () => {
    clock = at('2026-11-24 07:20');
    await new Promise((ok) => setTimeout(ok, 150)); // let the watch see the new clock before we connect
    socket = connect(srv.url, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
    socket.on('hours', (h: HoursView) => heard.push(h));
    socket.on('services', (s: ServiceView[]) => services.push(s));
    snapshot = await new Promise<Snapshot>((ok) => socket.once('snapshot', ok));
  });
  afterAll(() => { socket.close(); });

  it('the snapshot carries the hours: before opening', () => {
    expect(snapshot.hours).toMatchObject({ open: false, closedReason: 'beforeOpening', nextOpeningText: '7 giờ 30 sáng nay' });
    expect(snapshot.services.every((s) => !s.issuing)).toBe(true);
  });

  it('at opening every screen hears it, and the kiosk can take a ticket', async () => {
    clock = at('2026-11-24 07:30');
    await expect.poll(() => heard.at(-1)?.issuing, { timeout: 2000 }).toBe(true);
    expect(heard.at(-1)).toMatchObject({ open: true, closesAt: at('2026-11-24 11:30'), stopIssuingAt: at('2026-11-24 11:15') });
    expect(services.at(-1)?.find((s) => s.id === 'hotich')?.issuing).toBe(true);
    const r = await take();
    expect(r.status).toBe(201);
  });

  it('a wait that crosses lunch counts the break: at 11:00 the estimate runs into the afternoon', async () => {
    clock = at('2026-11-24 11:00');
    const staff = await login(srv.url);
    await api('POST', '/api/counters/q1/open', { token: staff });
    for (let i = 0; i < 5; i++) expect((await take()).status).toBe(201);
    const r = await take();
    // Six ahead of counter q1 alone at 8 minutes each = 48 counter minutes; only 30 are left before lunch.
    expect(r.body.ahead).toBeGreaterThanOrEqual(5);
    expect(r.body.estimatedWaitMinutes).toBeGreaterThan(120);
  });

  it('15 minutes before the session ends, issuing stops; the next opening is this afternoon', async () => {
    clock = at('2026-11-24 11:16');
    await expect.poll(() => heard.at(-1)?.issuing, { timeout: 2000 }).toBe(false);
    expect(heard.at(-1)).toMatchObject({ open: true, closedReason: 'stopped', nextOpeningText: '13 giờ 30 chiều nay' });
    const r = await take();
    expect(r.body.error.code).toBe('OFFICE_CLOSED');
  });

  it('a socket ticket:take is refused the same way', async () => {
    const ack = await socket.emitWithAck('ticket:take', { serviceId: 'hotich' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'OFFICE_CLOSED' } });
  });

  it('late in the afternoon, a queue longer than the time left says the ticket may not be called today', async () => {
    clock = at('2026-11-24 16:00');
    await expect.poll(() => heard.at(-1)?.issuing, { timeout: 2000 }).toBe(true);
    // A service nobody waits for yet, an hour left: the first tickets are today, a later one runs past 17:00.
    const taken: { ahead: number; estimatedWaitMinutes: number; mayNotBeCalledToday: boolean }[] = [];
    for (let i = 0; i < 20 && !taken.at(-1)?.mayNotBeCalledToday; i++) {
      const r = await take('chungthuc');
      expect(r.status).toBe(201);
      taken.push(r.body);
    }
    const late = taken.at(-1)!;
    expect(late.mayNotBeCalledToday).toBe(true);
    expect(taken.at(-2)).toMatchObject({ mayNotBeCalledToday: false });
    expect(taken.at(-2)!.estimatedWaitMinutes).toBeLessThanOrEqual(60);
    // The kiosk's list says the same for the service before anyone taps it.
    const services = (await api('GET', '/api/services')).body as ServiceView[];
    expect(services.find((x) => x.id === 'chungthuc'), JSON.stringify({ taken, s: services.find((x) => x.id === 'chungthuc') })).toMatchObject({ mayNotBeCalledToday: true });
  });
});
