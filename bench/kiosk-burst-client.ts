/**
 * Bench helper, run as its own process like a kiosk screen gone wild: emits N `ticket:take` at once on
 * one socket (no waiting between them), then reports how many were acked ok and the last ack's time, and
 * later how many were printed (once every ticket acked ok has its answer, or when asked).
 */
import { io } from 'socket.io-client';

const [url, nArg] = process.argv.slice(2);
const n = Number(nArg);
const services = ['hotich', 'chungthuc', 'btxh-ncc', 'cutru', 'tonghop'];
const socket = io(url!, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
await new Promise<void>((ok, fail) => {
  socket.once('connect', () => ok());
  socket.once('connect_error', fail);
});
let printed = 0, notPrinted = 0;
let reported = false;
// Only a ticket acked ok is printed: a refused one (the day's numbers used up, on a 5th burst) has no answer to wait for.
let expected = n;
const report = () => { reported = true; process.send!({ type: 'printed', printed, notPrinted }); };
// Reports once every ticket's print has its answer (printed, or shown on screen instead).
socket.on('printed', (p: { state: string }) => {
  if (p.state === 'printed') printed++; else notPrinted++;
  if (printed + notPrinted === expected && !reported) report();
});
const t0 = performance.now();
const acks = await Promise.all(Array.from({ length: n }, (_, i) => new Promise<boolean>((ok) => {
  socket.emit('ticket:take', { serviceId: services[i % services.length] }, (a: { ok: boolean }) => ok(a.ok));
})));
const ackedMs = performance.now() - t0;
expected = acks.filter(Boolean).length;
process.send!({ type: 'acked', ok: expected, ackedMs });
if (printed + notPrinted === expected && !reported) report();
process.on('message', (m) => {
  if (m === 'report' && !reported) report();
  if (m === 'exit') {
    socket.close();
    process.exit(0);
  }
});
