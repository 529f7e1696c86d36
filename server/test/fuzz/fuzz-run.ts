/**
 * The fuzz itself, for the test (a few thousand cases) and the soak (100,000): random malformed requests on
 * every route and socket event with every role's token. Never a 5xx, always an error code, and a refused
 * request changes nothing (digest of every table before and after).
 */
import fc from 'fast-check';
import { io as connect, type Socket } from 'socket.io-client';
import type { RunningServer } from '../../src/server';
import { login } from '../integration/helpers';
import { digest, restCase, socketCase, tableCounts, type RestCase } from './payloads';

/**
 * Every role's token on the demo office: devices, staff, supervisor, admin. The business day is opened
 * first, so the day timer's rollover (its first event) does not land in the middle of a refused request.
 */
export async function roleTokens(srv: RunningServer): Promise<string[]> {
  srv.ctx.queue.execute({ type: 'rollDay', at: srv.ctx.now() }, 'fuzz');
  return ['demo-kiosk', 'demo-display', 'demo-counter', 'demo-integration',
    await login(srv.url, 'canbo1'), await login(srv.url, 'giamsat'), await login(srv.url, 'admin')];
}

/** Sends one REST case; returns what went wrong, or null. */
async function sendRest(srv: RunningServer, c: RestCase, seen: Record<number, number>): Promise<string | null> {
  const db = srv.ctx.queue.journal.db;
  const before = digest(db);
  const counts = tableCounts(db);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const init: RequestInit = { method: c.method, headers };
  if (c.method !== 'GET' && c.method !== 'DELETE') init.body = c.raw ?? JSON.stringify(c.body ?? null);
  let res: Response;
  try {
    res = await fetch(`${srv.url}/api${c.path}${c.query}`, init);
  } catch (e) {
    return `no answer (${(e as Error).message})`;
  }
  const text = await res.text();
  seen[res.status] = (seen[res.status] ?? 0) + 1;
  if (res.status >= 500) return `${res.status}: ${text.slice(0, 200)}`;
  if (res.status >= 400) {
    let code: unknown;
    try { code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code; } catch { /* not JSON */ }
    if (typeof code !== 'string' || !code) return `${res.status} without an error code: ${text.slice(0, 200)}`;
    if (digest(db) !== before) return `${res.status} ${code}, yet the database changed (${before} -> ${digest(db)}; ${counts} -> ${tableCounts(db)})`;
  }
  return null;
}

/** Runs `runs` random REST cases; throws with the counter-example on the first failure; counts the statuses seen. */
export async function fuzzRest(srv: RunningServer, runs: number, tokens: string[]): Promise<{ statuses: Record<number, number> }> {
  const statuses: Record<number, number> = {};
  await fc.assert(fc.asyncProperty(restCase(tokens), async (c) => {
    const problem = await sendRest(srv, c, statuses);
    if (problem) throw new Error(`${c.method} /api${c.path}${c.query} (token ${c.token ? c.token.slice(0, 12) : 'none'}): ${problem}`);
  }), { numRuns: runs, endOnFailure: true });
  return { statuses };
}

type Sock = Socket;

/** One socket per role (and an anonymous one), connected. */
async function roleSockets(srv: RunningServer, tokens: string[]): Promise<Sock[]> {
  const socks = [...tokens.filter((t) => t !== 'demo-integration'), ''].map((token) =>
    connect(srv.url, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false }));
  await Promise.all(socks.map((s) => new Promise<void>((ok, fail) => { s.once('connect', () => ok()); s.once('connect_error', fail); })));
  return socks;
}

/** Emits `runs` random socket cases on every role's socket; every ack is {ok} or {ok:false, error:{code}}. */
export async function fuzzSockets(srv: RunningServer, runs: number, tokens: string[]): Promise<void> {
  const socks = await roleSockets(srv, tokens);
  const db = srv.ctx.queue.journal.db;
  try {
    await fc.assert(fc.asyncProperty(socketCase, fc.nat(socks.length - 1), async ({ event, payload, ack }, who) => {
      const s = socks[who]!;
      const before = digest(db);
      const handled = !['kiosk:dropPrint', 'counter:explode', 'admin:anything'].includes(event);
      if (ack && handled) {
        const reply = (await s.timeout(15_000).emitWithAck(event, payload)) as { ok?: unknown; error?: { code?: unknown } };
        if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') throw new Error(`${event}: ack ${JSON.stringify(reply)}`);
        if (!reply.ok) {
          if (typeof reply.error?.code !== 'string') throw new Error(`${event}: refusal without a code ${JSON.stringify(reply)}`);
          if (digest(db) !== before) throw new Error(`${event} refused (${reply.error.code}), yet the database changed`);
        }
      } else {
        s.emit(event, payload);
        // The server takes socket commands in turn: once this answers, the emit above was handled.
        await s.timeout(15_000).emitWithAck('time:get', {});
      }
      if (!s.connected) throw new Error(`${event}: the server dropped the socket`);
    }), { numRuns: runs, endOnFailure: true });
  } finally {
    for (const s of socks) s.close();
  }
}
