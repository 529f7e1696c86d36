/**
 * Bench helper, run as its own process: opens N display clients (socket.io or raw ws), records when
 * each receives each call, and reports the receive times to the parent over IPC.
 * Times are performance.timeOrigin + performance.now(): the same wall clock in both processes, sub-ms.
 */
import { io } from 'socket.io-client';
import WebSocket from 'ws';

const [url, nArg, kind] = process.argv.slice(2);
const n = Number(nArg);
const now = () => performance.timeOrigin + performance.now();
const received: Array<{ key: string; at: number }> = [];
const closers: Array<() => void> = [];

async function openAll(): Promise<void> {
  let ready = 0;
  await new Promise<void>((done) => {
    for (let i = 0; i < n; i++) {
      if (kind === 'socketio') {
        const s = io(url!, { auth: { token: 'demo-display' }, transports: ['websocket'], forceNew: true });
        s.on('snapshot', () => { if (++ready === n) done(); });
        s.on('call', (c: { number: string; seq: number }) => received.push({ key: c.number, at: now() }));
        closers.push(() => s.close());
      } else {
        const ws = new WebSocket(url!);
        ws.on('open', () => { if (++ready === n) done(); });
        ws.on('message', (data) => {
          const at = now();
          received.push({ key: (JSON.parse(String(data)) as { number: string }).number, at });
        });
        closers.push(() => ws.close());
      }
    }
  });
}

process.on('message', (msg: { type: string }) => {
  if (msg.type === 'report') {
    process.send!({ type: 'report', received });
    received.length = 0;
  } else if (msg.type === 'exit') {
    for (const c of closers) c();
    process.exit(0);
  }
});

await openAll();
process.send!({ type: 'ready' });
