/** A burst of calls is pre-warmed one espeak-ng run at a time, and each call's audio is then a cache hit. */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { parseWav } from '../../src/voice/wav';
import { client, login, tempDir, testServer } from './helpers';

const dir = tempDir('motcua-prewarm-');
const runs = join(dir, 'runs.log');
// espeak-ng behind a wrapper that notes when each synthesis (a run with -w) starts and ends.
const wrapper = join(dir, 'espeak-ng');
writeFileSync(wrapper, `#!/bin/sh
case "$*" in *" -w "*) echo "start $(date +%s%N)" >> '${runs}'; espeak-ng "$@"; code=$?; echo "end $(date +%s%N)" >> '${runs}'; exit $code;; esac
exec espeak-ng "$@"
`);
chmodSync(wrapper, 0o755);

let srv: RunningServer;
afterAll(async () => { await srv?.close(); });

describe('pre-warming the calls\' voice', () => {
  it('five calls at once start one espeak-ng run at a time, and the display then gets every call from the cache', async () => {
    process.env.MOTCUA_ESPEAK = wrapper;
    try { srv = await testServer(); } finally { delete process.env.MOTCUA_ESPEAK; }
    const api = client(srv.url);
    const counters = ['q1', 'q2', 'q3', 'q4', 'q5'];
    const setup = srv.ctx.queue.state.setup!;
    const staff = await Promise.all(['canbo1', 'canbo2', 'canbo3', 'giamsat', 'admin'].map((u) => login(srv.url, u)));
    // One ticket for each counter, of a service that counter serves.
    for (const id of counters) {
      const serviceId = setup.counters.find((c) => c.id === id)!.services[0]!;
      expect((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId } })).status).toBe(201);
    }
    const called = await Promise.all(counters.map((id, i) => api('POST', `/api/counters/${id}/call-next`, { token: staff[i] })));
    expect(called.map((r) => r.status)).toEqual(counters.map(() => 200));

    const spans = () => {
      const lines = existsSync(runs) ? readFileSync(runs, 'utf8').trim().split('\n') : [];
      const out: Array<[number, number]> = [];
      for (let i = 0; i + 1 < lines.length; i += 2) out.push([Number(lines[i]!.split(' ')[1]), Number(lines[i + 1]!.split(' ')[1])]);
      return { lines, out };
    };
    await expect.poll(() => spans().out.length, { timeout: 30_000 }).toBe(counters.length);
    const { lines, out } = spans();
    // Strictly start, end, start, end...: never two runs at once.
    expect(lines.map((l) => l.split(' ')[0])).toEqual(counters.flatMap(() => ['start', 'end']));
    for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThanOrEqual(out[i - 1]![1]);

    // The display's fetch of each call: from the cache, no new run.
    const seqs = (await new Promise<number[]>((ok) => {
      void import('socket.io-client').then(({ io }) => {
        const s = io(srv.url, { auth: { token: 'demo-display' }, transports: ['websocket'] });
        s.once('snapshot', (snap: { calls: Array<{ seq: number }> }) => { s.close(); ok(snap.calls.map((c) => c.seq)); });
      });
    }));
    expect(seqs).toHaveLength(counters.length);
    for (const seq of seqs) {
      const res = await fetch(`${srv.url}/api/voice/calls/${seq}.wav`);
      expect(res.status).toBe(200);
      expect(parseWav(new Uint8Array(await res.arrayBuffer())).durationMs).toBeGreaterThan(2000);
    }
    expect(spans().out.length).toBe(counters.length);
  }, 60_000);
});
