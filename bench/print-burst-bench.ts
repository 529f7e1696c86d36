/**
 * Bench: 1,000 kiosk tickets in one burst on a server with the fake printer (raster + PNG preview).
 * While they are issued and printed, /api/health is asked every 20 ms: its latency is the server loop's
 * health. Resident memory before, at its peak, and after the prints settle. Floor: the same probes on
 * the idle server.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createDevicesFromConfig } from '../server/src/app/devices-from-config';
import type { RunningServer } from '../server/src/server';
import { demoConfig, tempDir, testServer } from '../server/test/integration/helpers';
import { summary } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = () => Math.round(process.memoryUsage().rss / 1048576);

/** Probes /api/health every `every` ms until stop() and returns the latencies. */
function probeHealth(url: string, every = 20) {
  const lat: number[] = [];
  let stopped = false;
  let peak = mb();
  const done = (async () => {
    while (!stopped) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      lat.push(performance.now() - t0);
      peak = Math.max(peak, mb());
      await sleep(every);
    }
  })();
  return { stop: async () => { stopped = true; await done; return { lat, peak }; } };
}

/** A server of the demo office with its fake printer (every ticket drawn and written to <data>/printer/). */
export function printingServer(): Promise<RunningServer> {
  const dataDir = tempDir('motcua-burst-');
  return testServer({ dataDir, devices: (log) => createDevicesFromConfig(demoConfig(), dataDir, log) });
}

/** The burst: health latencies (idle floor and under the burst), RSS in MB, tickets acked and printed. */
export async function benchPrintBurst(srv: RunningServer, n = 1000) {
  const idle = probeHealth(srv.url);
  await sleep(1000);
  const floor = await idle.stop();
  const rssBefore = mb();
  const probe = probeHealth(srv.url);
  const child = fork(join(import.meta.dirname, 'kiosk-burst-client.ts'), [srv.url, String(n)], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const acked = await new Promise<{ ok: number; ackedMs: number }>((ok, fail) => {
    child.once('message', (m: { ok: number; ackedMs: number }) => ok(m));
    child.once('exit', (code) => fail(new Error(`burst client exited ${code}`)));
  });
  // Every ticket has answered its print by its deadline (printer timeoutMs, 5 s in the demo) plus the queue's slack.
  await sleep(8000);
  const prints = await new Promise<{ printed: number; notPrinted: number }>((ok) => {
    child.once('message', (m: { printed: number; notPrinted: number }) => ok(m));
    child.send('report');
  });
  const { lat, peak } = await probe.stop();
  (globalThis as { gc?: () => void }).gc?.();
  return { floor: summary(floor.lat), health: { ...summary(lat), max: Math.round(Math.max(...lat)) }, rssBefore, rssPeak: peak, rssAfter: mb(), ...acked, ...prints };
}
