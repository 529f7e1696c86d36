/** Bench for the queue server: ticket -> durable ack, and call -> N display clients vs a raw ws broadcast. */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import type { RunningServer } from '../server/src/server';
import { client, login } from '../server/test/integration/helpers';
import { summary } from './stats';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CLIENTS = join(import.meta.dirname, 'clients.ts');

/**
 * Issues tickets at a steady rate from a separate process (as a kiosk would: its own event loop, one
 * keep-alive connection) and measures request -> 201; the ticket is on disk before the 201.
 */
export async function benchTicketAck(srv: RunningServer, perSecond = 50, seconds = 6) {
  const child = fork(join(import.meta.dirname, 'kiosk-client.ts'), [srv.url, String(perSecond), String(seconds)], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const lat = await new Promise<number[]>((ok, fail) => {
    child.once('message', (m: { lat: number[] }) => ok(m.lat));
    child.once('exit', (code) => fail(new Error(`kiosk client exited ${code}`)));
  });
  return summary(lat);
}

function startClients(url: string, n: number, kind: 'socketio' | 'ws'): Promise<ChildProcess> {
  const child = fork(CLIENTS, [url, String(n), kind], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((ok, fail) => {
    child.once('message', (m: { type: string }) => (m.type === 'ready' ? ok(child) : fail(new Error('bad message'))));
    child.once('exit', (code) => fail(new Error(`clients exited ${code}`)));
  });
}

function collect(child: ChildProcess): Promise<Array<{ key: string; at: number }>> {
  return new Promise((ok) => {
    child.once('message', (m: { type: string; received: Array<{ key: string; at: number }> }) => ok(m.received));
    child.send({ type: 'report' });
  });
}

function latencies(sent: Map<string, number>, received: Array<{ key: string; at: number }>, expectPerCall: number): number[] {
  const lat = received.filter((r) => sent.has(r.key)).map((r) => r.at - sent.get(r.key)!);
  const missing = sent.size * expectPerCall - lat.length;
  if (missing > 0) throw new Error(`${missing} deliveries missing`);
  return lat;
}

/**
 * call-next through the REST API -> every one of N socket.io display clients has the `call` event: p50/p99 from the
 * REST request (end to end), and `broadcast` from the moment the server starts emitting it (like the raw ws figure).
 */
export async function benchCallFanout(srv: RunningServer, n: number, calls = 40) {
  const api = client(srv.url);
  for (let i = 0; i < calls; i++) await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'cutru' } });
  const staff = await login(srv.url, 'canbo2');
  const child = await startClients(srv.url, n, 'socketio');
  const sent = new Map<string, number>();
  // When the server starts broadcasting each call: the like-for-like start for the raw ws comparison.
  const emitted = new Map<string, number>();
  const io = srv.io as unknown as { to: (room: unknown) => { emit: (ev: string, p: { number?: string }) => unknown } };
  const to = io.to.bind(io);
  io.to = (room) => {
    const op = to(room);
    const emit = op.emit.bind(op);
    op.emit = (ev, p) => { if (ev === 'call' && p.number && !emitted.has(p.number)) emitted.set(p.number, now()); return emit(ev, p); };
    return op;
  };
  let sample: unknown = null;
  for (let i = 0; i < calls; i++) {
    const t0 = now();
    const r = await api('POST', '/api/counters/q5/call-next', { token: staff });
    sent.set(r.body.ticket.number, t0);
    sample ??= r.body.ticket;
    await sleep(120);
  }
  await sleep(300);
  const received = await collect(child);
  const lat = latencies(sent, received, n);
  const fromEmit = latencies(emitted, received, n);
  child.send({ type: 'exit' });
  io.to = to;
  return { ...summary(lat), broadcast: summary(fromEmit), sample };
}

/** The same payload broadcast with a bare `ws` server to N bare clients: the floor to compare against. */
export async function benchRawWs(n: number, payload: object, calls = 40) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  const url = `ws://127.0.0.1:${(http.address() as { port: number }).port}`;
  const child = await startClients(url, n, 'ws');
  const sent = new Map<string, number>();
  for (let i = 0; i < calls; i++) {
    const key = `W${i}`;
    const t0 = now();
    const data = JSON.stringify({ ...payload, number: key });
    for (const ws of wss.clients) ws.send(data);
    sent.set(key, t0);
    await sleep(120);
  }
  await sleep(300);
  const lat = latencies(sent, await collect(child), n);
  child.send({ type: 'exit' });
  wss.close();
  http.close();
  return summary(lat);
}
