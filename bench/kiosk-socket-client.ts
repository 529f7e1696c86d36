/**
 * Bench helper, run as its own process like the kiosk screen: takes tickets with the kiosk's own
 * socket.io event (`ticket:take`, acknowledged once the ticket is on disk) at a steady rate, and
 * reports each emit -> ack time to the parent.
 */
import { io } from 'socket.io-client';
import { paced } from './pace';

const [url, rateArg, secondsArg] = process.argv.slice(2);
const perSecond = Number(rateArg);
const total = perSecond * Number(secondsArg);
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

process.send!({ lat: await paced(take, perSecond, total) });
socket.close();
