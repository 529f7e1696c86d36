import { afterEach, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { FakeTcpPrinter } from '../src/printer/fake-tcp-printer';
import type { FakeTransport } from '../src/printer/transports/fake';
import type { QueuedPrinter } from '../src/printer/printer';
import type { Printer } from '../src/types';
import { sampleJob, tempDir } from './helpers';

const opened: Array<{ close(): Promise<void> } | FakeTcpPrinter> = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await ('stop' in o ? o.stop() : o.close());
});

async function tcpPrinter(port: number, over: Record<string, unknown> = {}): Promise<Printer> {
  const config = devicesConfigSchema.parse({ printer: { driver: 'tcp', host: '127.0.0.1', port, timeoutMs: 3000, statusPollMs: 0, ...over } }).printer;
  const p = await createPrinter(config, { dataDir: tempDir(), backoff: { baseMs: 100, maxMs: 300 } });
  opened.push(p);
  return p;
}
async function fakeServer(): Promise<FakeTcpPrinter> {
  const s = await new FakeTcpPrinter().start();
  opened.push(s);
  return s;
}
const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('raw TCP (port 9100) printer', () => {
  it('delivers exactly the bytes the fake printer writes to its .bin', async () => {
    const server = await fakeServer();
    const printer = await tcpPrinter(server.port);
    const fake = await createPrinter(devicesConfigSchema.parse({}).printer, { dataDir: tempDir() });
    opened.push(fake);
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    expect(await fake.printTicket(sampleJob())).toEqual({ state: 'printed' });
    await until(() => server.jobs.length === 1);
    const written = ((fake as QueuedPrinter).transport as FakeTransport).printed[0]!.bytes;
    expect(server.jobs[0]!.bytes.length).toBe(written.length);
    expect(Buffer.from(server.jobs[0]!.bytes).equals(Buffer.from(written))).toBe(true);
    expect(printer.status()).toMatchObject({ state: 'ready', driver: 'tcp' });
  });

  it('reports paper out from DLE EOT and queues the ticket instead of sending it', async () => {
    const server = await fakeServer();
    const printer = await tcpPrinter(server.port);
    // One ticket with paper first: it starts the printer's render thread (seconds on a busy machine), outside the clock below.
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    await until(() => server.jobs.length === 1);
    server.paper = 'out';
    const t0 = Date.now();
    const outcome = await printer.printTicket(sampleJob());
    expect(Date.now() - t0).toBeLessThan(2000); // found from the status byte, not by waiting out the 3 s write timeout
    expect(outcome).toMatchObject({ state: 'queued', reason: expect.stringMatching(/paperOut/) });
    expect(printer.status()).toMatchObject({ state: 'paperOut', queued: 1 });
    expect(server.jobs).toHaveLength(1);

    server.paper = 'ok'; // paper replaced: the next retry prints it
    await until(() => server.jobs.length === 2);
    await until(() => printer.status().state === 'ready' && printer.status().queued === 0);
  });

  it('reports paper near end but still prints', async () => {
    const server = await fakeServer();
    server.paper = 'nearEnd';
    const printer = await tcpPrinter(server.port);
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    expect(printer.status().state).toBe('paperNearEnd');
  });

  it('is offline while the printer is down, and prints the queued ticket when it comes back', async () => {
    const server = await fakeServer();
    const printer = await tcpPrinter(server.port);
    await server.stop();
    const outcome = await printer.printTicket(sampleJob());
    expect(outcome).toMatchObject({ state: 'queued', reason: expect.stringMatching(/offline.*ECONNREFUSED/) });
    expect(printer.status().state).toBe('offline');

    await server.start();
    await until(() => server.jobs.length === 1);
    await until(() => printer.status().state === 'ready');
  });

  it('prints blind when the printer never answers status requests', async () => {
    const server = await fakeServer();
    server.answersStatus = false;
    const printer = await tcpPrinter(server.port);
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    await until(() => server.jobs.length === 1);
  });

  it('does not send status requests when statusQuery is off', async () => {
    const server = await fakeServer();
    server.paper = 'out'; // it would say so if asked
    const printer = await tcpPrinter(server.port, { statusQuery: false });
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    await until(() => server.jobs.length === 1);
  });
});
