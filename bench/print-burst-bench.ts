/**
 * Bench: 1,000 kiosk tickets in one burst on a server with the fake printer (raster + PNG preview).
 * While they are issued and printed, /api/health is asked every 20 ms: its latency is the server loop's
 * health. Resident memory before, at its peak, and after the prints settle, burst after burst on one
 * server (flat: no growth from one burst to the next). Floor: the same probes on the idle server.
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDevicesFromConfig } from '../server/src/app/devices-from-config';
import type { RunningServer } from '../server/src/server';
import { demoConfig, tempDir, testServer } from '../server/test/integration/helpers';
import { summary } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A full collection without --expose-gc: the flag set at run time reaches a new context's global (bench only).
let collectFn: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;
const collect = () => {
  if (!collectFn) {
    setFlagsFromString('--expose-gc');
    collectFn = runInNewContext('gc') as () => void;
  }
  collectFn();
};
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
  // CPU time of this process (the server, and the health probe beside it) from the burst's start to its last ack:
  // what the acks cost, less shaken by the machine's load than their wall time.
  const cpu0 = process.cpuUsage();
  const probe = probeHealth(srv.url);
  const child = fork(join(import.meta.dirname, 'kiosk-burst-client.ts'), [srv.url, String(n)], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = <T>(type: string) => new Promise<T>((ok, fail) => {
    const on = (m: T & { type: string }) => { if (m.type === type) { child.off('message', on); ok(m); } };
    child.on('message', on);
    child.once('exit', (code) => fail(new Error(`burst client exited ${code} before '${type}'`)));
  });
  const printedMsg = message<{ printed: number; notPrinted: number }>('printed');
  const acked = await message<{ ok: number; ackedMs: number }>('acked');
  const cpu = process.cpuUsage(cpu0);
  const ackCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  // Every ticket answers its print by its deadline (printer timeoutMs, 5 s in the demo); the client reports when
  // all n have. The ceiling only keeps a broken run from hanging: the report then shows what was missing.
  const ceiling = setTimeout(() => child.send('report'), 120_000);
  const prints = await printedMsg;
  clearTimeout(ceiling);
  child.send('exit');
  const { lat, peak } = await probe.stop();
  // "After" is what stays: the burst's garbage collected first (the main thread's; the worker collects its own).
  collect();
  await sleep(500);
  collect();
  const mem = process.memoryUsage();
  const heapAfter = Math.round(mem.heapUsed / 1048576);
  const externalAfter = Math.round(mem.external / 1048576);
  return { floor: summary(floor.lat), health: { ...summary(lat), max: Math.round(Math.max(...lat)) }, rssBefore, rssPeak: peak, rssAfter: mb(), heapAfter, externalAfter, ackCpuMs, ...acked, ...prints };
}

/**
 * The same burst several times on one server: memory is flat when the resident size after each burst stays
 * where the first left it (the render worker and its fonts start with the first ticket).
 */
export async function benchPrintBursts(srv: RunningServer, n = 1000, bursts = 3) {
  const runs: Array<Awaited<ReturnType<typeof benchPrintBurst>>> = [];
  for (let i = 0; i < bursts; i++) runs.push(await benchPrintBurst(srv, n));
  return {
    runs,
    rssBefore: runs[0]!.rssBefore,
    rssPeak: Math.max(...runs.map((r) => r.rssPeak)),
    rssAfter: runs.map((r) => r.rssAfter),
  };
}

/**
 * The bursts on a server without a printer (floor: what the server itself keeps of 1,000 more tickets a burst),
 * then on the demo office with its fake printer; memory growth from burst 1 to the last, beside each other.
 */
export async function benchPrintMemory(bursts = 3, n = 1000) {
  const floor = await benchBareBursts(bursts, n);
  const srv = await printingServer();
  let printing: Awaited<ReturnType<typeof benchPrintBursts>>;
  try { printing = await benchPrintBursts(srv, n, bursts); } finally { await srv.close(); }
  const drift = (b: typeof floor) => b.rssAfter.at(-1)! - b.rssAfter[0]!;
  return { floor, printing, drift: drift(printing), floorDrift: drift(floor) };
}

/** The bursts on a server without a printer only: what the server itself keeps of each 1,000 tickets. */
export async function benchBareBursts(bursts = 3, n = 1000) {
  const bare = await testServer();
  try { return await benchPrintBursts(bare, n, bursts); } finally { await bare.close(); }
}

/** The lines `npm run bench` prints for the bursts, beside its rows. */
export function burstLines(b: Awaited<ReturnType<typeof benchPrintBursts>>, what: string): string[] {
  const pad = (s: string) => s.padEnd(52);
  return [
    ...b.runs.map((r, i) => `${pad(`  ${what}, burst ${i + 1}`)} max ${r.health.max} ms; ${r.ok} acked in ${Math.round(r.ackedMs)} ms; ${r.printed} printed, ${r.notPrinted} shown on screen instead`),
    `${pad(`resident memory, ${what}`)} before ${b.rssBefore} MB, peak ${b.rssPeak} MB, ${b.rssAfter.map((m, i) => `after burst ${i + 1} ${m} MB`).join(', ')}`,
    `${pad(`  JS heap (external) after each burst, ${what}`)} ${b.runs.map((r) => `${r.heapAfter} (${r.externalAfter}) MB`).join(', ')}`,
    `${pad(`  flat?, ${what}`)} RSS after the last burst minus after burst 1: ${b.rssAfter.at(-1)! - b.rssAfter[0]!} MB; acks ${b.runs.map((r) => `${(r.ackedMs / 1000).toFixed(1)} s (CPU ${(r.ackCpuMs / 1000).toFixed(1)} s)`).join(', ')}`,
  ];
}

// `npx tsx bench/print-burst-bench.ts [bursts] [--no-printer]`: this bench alone (npm run bench runs it among the
// others); --no-printer runs only the bursts on the server without a printer.
if (import.meta.filename === process.argv[1]) {
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`print burst bench — ${new Date().toISOString()} — load average ${load()}`);
  const bursts = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
  if (process.argv.includes('--no-printer')) {
    for (const line of burstLines(await benchBareBursts(bursts), 'no printer')) console.log(line);
    console.log(`${new Date().toISOString()} — load average ${load()}`);
    process.exit(0);
  }
  const m = await benchPrintMemory(bursts);
  const health = (r: { p50: number; p99: number }) => `p50 ${r.p50} ms, p99 ${r.p99} ms`;
  console.log(`${'floor: GET /api/health, idle server'.padEnd(52)} ${health(m.printing.runs[0]!.floor)}`);
  m.printing.runs.forEach((r, i) => console.log(`${`GET /api/health during burst ${i + 1}, fake printer`.padEnd(52)} ${health(r.health)}`));
  for (const line of [...burstLines(m.floor, 'no printer'), ...burstLines(m.printing, 'fake printer')]) console.log(line);
  console.log(`${'RSS growth from burst 1 to the last'.padEnd(52)} ${m.drift} MB with the printer, ${m.floorDrift} MB without`);
  console.log(`${new Date().toISOString()} — load average ${load()}`);
}
