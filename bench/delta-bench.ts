/**
 * Bench: what each event sends to each screen. A display and a staff screen watch while tickets are issued,
 * called and completed; bytes and messages per ticket per screen (socket.io frames: "42" + the JSON array).
 * And the load of issue 18: 500 displays while kiosks issue 50 tickets/s and counters call, with the call's
 * p99 to every display and the server's resident memory.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { io as connect } from 'socket.io-client';
import type { RunningServer } from '../server/src/server';
import { client, login } from '../server/test/integration/helpers';
import { benchCallFanout } from './queue-bench';

/** Per ticket (issue + call + complete), what a display and a staff screen receive. */
export async function benchDeltas(srv: RunningServer, tickets = 100) {
  const staff = await login(srv.url, 'canbo2');
  const watch = (token: string) => {
    const s = connect(srv.url, { auth: { token }, transports: ['websocket'] });
    const m = { socket: s, bytes: 0, messages: 0, byEvent: {} as Record<string, number> };
    s.onAny((ev: string, ...args: unknown[]) => {
      const n = 2 + Buffer.byteLength(JSON.stringify([ev, ...args]));
      m.bytes += n; m.messages++; m.byEvent[ev] = (m.byEvent[ev] ?? 0) + n;
    });
    return m;
  };
  const display = watch('demo-display');
  const staffScreen = watch(staff);
  await new Promise((r) => setTimeout(r, 500));
  for (const m of [display, staffScreen]) { m.bytes = 0; m.messages = 0; m.byEvent = {}; } // the snapshots are not per ticket
  const api = client(srv.url);
  for (let i = 0; i < tickets; i++) {
    await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'chungthuc' } });
    await api('POST', '/api/counters/q2/call-next', { token: staff });
    await api('POST', '/api/counters/q2/complete', { token: staff });
  }
  await new Promise((r) => setTimeout(r, 500)); // the last coalesced updates
  const per = (m: typeof display) => ({ bytes: Math.round(m.bytes / tickets), messages: Math.round((m.messages / tickets) * 10) / 10, byEvent: Object.fromEntries(Object.entries(m.byEvent).map(([k, v]) => [k, Math.round(v / tickets)])) });
  display.socket.close();
  staffScreen.socket.close();
  return { display: per(display), staff: per(staffScreen) };
}

/** 500 displays; kiosks issue 50 tickets/s from their own process while counters call: call -> displays p99, RSS. */
export async function benchLoad(srv: RunningServer, displays = 500) {
  const mb = () => Math.round(process.memoryUsage().rss / 1048576);
  const before = mb();
  const kiosk = fork(join(import.meta.dirname, 'kiosk-socket-client.ts'), [srv.url, '50', '15'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const kioskDone = new Promise<void>((ok) => kiosk.once('exit', () => ok()));
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, mb()); }, 200);
  try {
    const fan = await benchCallFanout(srv, displays);
    return { call: { p50: fan.p50, p99: fan.p99, samples: fan.samples }, rssBefore: before, rssPeak: peak };
  } finally {
    clearInterval(sampler);
    kiosk.kill();
    await kioskDone;
  }
}
