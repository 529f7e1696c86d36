/**
 * Bench helper, run as its own process like the kiosk screen: takes tickets with the kiosk's own
 * socket.io event (`ticket:take`, acknowledged once the ticket is on disk) at a steady rate, and
 * reports each emit -> ack time to the parent.
 */
import { io } from 'socket.io-client';

const [url, rateArg, secondsArg] = process.argv.slice(2);
const perSecond = Number(rateArg);
const total = perSecond * Number(secondsArg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const socket = io(url!, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
await new Promise<void>((ok, fail) => {
  socket.once('connect', () => ok());
  socket.once('connect_error', fail);
});

function take(serviceId: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((ok, fail) => {
    socket.emit('ticket:take', { serviceId }, (ack: { ok: boolean; error?: unknown }) =>
      (ack.ok ? ok(performance.now() - t0) : fail(new Error(`ticket refused: ${JSON.stringify(ack.error)}`))));
  });
}

const lat: number[] = [];
const pending: Promise<void>[] = [];
for (let i = 0; i < 10; i++) await take('tonghop'); // warm up
const start = performance.now();
for (let i = 0; i < total; i++) {
  const wait = start + (i * 1000) / perSecond - performance.now();
  if (wait > 0) await sleep(wait);
  pending.push(take(i % 2 ? 'hotich' : 'chungthuc').then((ms) => { lat.push(ms); }));
}
await Promise.all(pending);
process.send!({ lat });
socket.close();
