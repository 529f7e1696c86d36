import { describe, expect, it } from 'vitest';
import { QueuedPrinter, type PrinterOptions } from '../src/printer/printer';
import { RenderPool } from '../src/printer/render-pool';
import { FakeTransport } from '../src/printer/transports/fake';
import { decodeEscPos } from './escpos-decode';
import { instantRenderer, sampleJob, tempDir } from './helpers';

function setup(over: Partial<PrinterOptions> = {}) {
  const transport = new FakeTransport({ dataDir: tempDir() });
  const printer = new QueuedPrinter({
    id: 'printer-1', transport, widthDots: 576, mode: 'raster', qr: true, timeoutMs: 400,
    maxQueued: 5, maxAgeMs: 60_000, backoff: { baseMs: 50, maxMs: 200 }, renderer: instantRenderer(), ...over,
  });
  return { transport, printer };
}
const job = (id: string, number = 'A001') => sampleJob({ ticketId: id.padEnd(18, 'x'), number });
const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('a ticket has a deadline: printed in time or never', () => {
  it('never prints a ticket later that waited out its deadline while the paper was out', async () => {
    const { transport, printer } = setup();
    transport.setState('paperOut');
    expect((await printer.printTicket(job('late'))).state).toBe('queued'); // the kiosk shows it on screen at once
    await until(() => printer.status().queued === 0);
    transport.setState('ready');
    // Paper is back: a new ticket prints, the old one does not.
    expect(await printer.printTicket(job('fresh'))).toEqual({ state: 'printed' });
    expect(transport.printed.map((p) => p.jobId)).toEqual([job('fresh').ticketId]);
    await printer.close();
  });

  it('drops a ticket stuck behind slow prints and tells staff which one and why', async () => {
    const { transport, printer } = setup({ timeoutMs: 1000 });
    transport.setDelay(900); // each print takes 0.9 s: the third ticket cannot start before 1.8 s
    const first = printer.printTicket(job('first', 'A001'));
    void printer.printTicket(job('second', 'A002'));
    expect(await printer.printTicket(job('third', 'A003'))).toEqual({ state: 'failed', reason: 'not printed within 1000 ms' });
    expect(printer.status()).toMatchObject({ state: 'error', detail: expect.stringMatching(/A003.*not printed within 1000 ms.*kiosk screen/) });
    expect((await first).state).not.toBe('failed'); // printed, or on the wire at its deadline on a slow machine
    await until(() => printer.status().queued === 0);
    transport.setDelay(0);
    expect(await printer.printTicket(job('fourth', 'A004'))).toEqual({ state: 'printed' });
    expect(printer.status().state).toBe('ready');
    expect(transport.printed.map((p) => p.jobId)).not.toContain(job('third').ticketId);
    expect(transport.printed.map((p) => p.jobId)).toContain(job('fourth').ticketId);
    await printer.close();
  });

  it('does not draw a ticket whose deadline passed while the worker was busy, and refuses past the bounded queue', async () => {
    let open!: () => void;
    const renderer = instantRenderer(new Promise<void>((r) => { open = r; }));
    const { transport, printer } = setup({ renderer, maxQueued: 3 });
    const waiting = [1, 2, 3].map((i) => printer.printTicket(job(`w${i}`, `A00${i}`)));
    expect(await printer.printTicket(job('w4', 'A004'))).toMatchObject({ state: 'failed', reason: expect.stringMatching(/printer busy/) });
    for (const out of await Promise.all(waiting)) expect(out).toMatchObject({ state: 'failed', reason: expect.stringMatching(/not printed within 400 ms/) });
    open();
    expect(renderer.drawn).toBe(0);
    expect(transport.printed).toEqual([]);
    // The staff alert counts every ticket missed (the refused one, then the three dropped), not only the first.
    expect(printer.status()).toMatchObject({ state: 'error', detail: expect.stringMatching(/^4 ticket\(s\) not printed in time, last A00[123]: not printed within 400 ms/) });
    await printer.close();
  });
});

describe('the render worker', () => {
  it('draws a real ticket off the main thread: the bytes are a 576-dot raster and a PNG preview', async () => {
    const renderer = new RenderPool({ maxQueue: 4 });
    const { transport, printer } = setup({ renderer, timeoutMs: 60_000 });
    expect(await printer.printTicket(job('real'))).toEqual({ state: 'printed' });
    const decoded = decodeEscPos(transport.printed[0]!.bytes);
    expect(decoded.image!.width).toBe(576);
    expect(decoded.cut).toBe(true);
    expect(transport.printed[0]!.png).toMatch(/\.png$/);
    expect(await printer.printImage({ id: 'checklist-1', kind: 'checklist', layout: [{ kind: 'text', text: 'Tờ khai đăng ký khai sinh', size: 26, weight: 400 }] })).toEqual({ state: 'printed' });
    expect(decodeEscPos(transport.printed[1]!.bytes).image!.width).toBe(576);
    await printer.close();
  });
});
