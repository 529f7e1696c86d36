import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { encodeTextTicket, forWindows1258 } from '../src/printer/encode';
import { QueuedPrinter, type PrinterOptions } from '../src/printer/printer';
import { renderLayout } from '../src/printer/raster';
import { FakeTransport } from '../src/printer/transports/fake';
import type { DeviceStatus } from '../src/types';
import { decodeEscPos } from './escpos-decode';
import { instantRenderer, sampleJob, tempDir } from './helpers';

function setup(over: Partial<PrinterOptions> = {}) {
  const transport = new FakeTransport({ dataDir: tempDir() });
  const printer = new QueuedPrinter({
    id: 'printer-1', transport, widthDots: 576, mode: 'raster', qr: true, timeoutMs: 2000,
    maxQueued: 5, maxAgeMs: 60_000, backoff: { baseMs: 50, maxMs: 200 },
    // Queue tests: drawing is instant, the time goes to the printer (the real worker: print-deadline.test.ts).
    renderer: instantRenderer(), ...over,
  });
  const statuses: DeviceStatus[] = [];
  printer.onStatus((s) => statuses.push(s));
  return { transport, printer, statuses };
}
const job = (id: string) => sampleJob({ ticketId: id.padEnd(18, 'x') });
const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('print queue on the fake printer', () => {
  it('answers "queued" at once when out of paper, and prints the waiting ticket when paper is back', async () => {
    const { transport, printer, statuses } = setup();
    transport.setState('paperOut');
    const t0 = Date.now();
    const outcome = await printer.printTicket(job('a'));
    expect(outcome.state).toBe('queued');
    expect(outcome.state === 'queued' && outcome.reason).toMatch(/paperOut/);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(printer.status()).toMatchObject({ state: 'paperOut', queued: 1 });

    transport.setState('ready');
    await until(() => transport.printed.length === 1);
    expect(transport.printed[0]!.jobId).toBe(job('a').ticketId);
    await until(() => printer.status().queued === 0);
    expect(printer.status().state).toBe('ready');
    expect(statuses.map((s) => s.state)).toContain('paperOut');
    await printer.close();
  });

  it('keeps the order of waiting jobs and retries on its own with backoff', async () => {
    const { transport, printer } = setup();
    transport.setState('coverOpen');
    await printer.printTicket(job('first'));
    expect(await printer.printTicket(job('second'))).toMatchObject({ state: 'queued', reason: expect.stringMatching(/coverOpen/) });
    // Fix the fault without a kick: only the backoff timer can find out.
    (transport as unknown as { state: { state: string } }).state = { state: 'ready' };
    await until(() => transport.printed.length === 2);
    expect(transport.printed.map((p) => p.jobId)).toEqual([job('first').ticketId, job('second').ticketId]);
    await printer.close();
  });

  it('drops a cancelled job (the kiosk showed the ticket on screen instead)', async () => {
    const { transport, printer } = setup();
    transport.setState('offline');
    await printer.printTicket(job('keep'));
    await printer.printTicket(job('drop'));
    expect(printer.cancel(job('drop').ticketId)).toBe(true);
    expect(printer.cancel('no-such-job')).toBe(false);
    expect(printer.status().queued).toBe(1);
    transport.setState('ready');
    await until(() => printer.status().queued === 0);
    expect(transport.printed.map((p) => p.jobId)).toEqual([job('keep').ticketId]);
    await printer.close();
  });

  it('answers within the timeout when the printer hangs, without throwing', async () => {
    const { transport, printer } = setup({ timeoutMs: 500 });
    transport.setDelay(5000);
    const t0 = Date.now();
    const outcome = await printer.printTicket(job('slow'));
    expect(outcome.state).toBe('queued');
    expect(Date.now() - t0).toBeLessThan(1500);
    await printer.close();
  });

  it('fails (not throws) when the job cannot be rendered, and when the queue is full', async () => {
    const { transport, printer } = setup({ maxQueued: 2 });
    expect(await printer.printImage({ id: 'bad', kind: 'checklist', render: () => { throw new Error('no data'); } })).toEqual({ state: 'failed', reason: 'render failed: no data' });
    transport.setState('paperOut');
    await printer.printTicket(job('q1'));
    await printer.printTicket(job('q2'));
    expect(await printer.printTicket(job('q3'))).toMatchObject({ state: 'failed', reason: expect.stringMatching(/queue full/) });
    await printer.close();
  });

  it('drops jobs that waited longer than maxAge instead of printing them late', async () => {
    let now = 1_000_000;
    const { transport, printer } = setup({ now: () => now, maxAgeMs: 60_000 });
    transport.setState('paperOut');
    await printer.printTicket(job('old'));
    now += 61_000;
    transport.setState('ready');
    await until(() => printer.status().queued === 0);
    expect(transport.printed).toEqual([]);
    await printer.close();
  });

  it('prints a generic raster job (a documents checklist) through the same pipeline', async () => {
    const { transport, printer } = setup();
    const outcome = await printer.printImage({
      id: 'checklist-1',
      kind: 'checklist',
      render: () => renderLayout([{ kind: 'text', text: 'Thành phần hồ sơ: Tờ khai đăng ký khai sinh', size: 26, weight: 400 }], 576),
    });
    expect(outcome).toEqual({ state: 'printed' });
    const decoded = decodeEscPos(transport.printed[0]!.bytes);
    expect(decoded.image!.width).toBe(576);
    expect(decoded.cut).toBe(true);
    expect(existsSync(transport.printed[0]!.png!)).toBe(true);
    await printer.close();
  });

  it('keeps going when a status listener throws', async () => {
    const { transport, printer } = setup();
    printer.onStatus(() => { throw new Error('listener bug'); });
    transport.setState('paperOut');
    expect((await printer.printTicket(job('z'))).state).toBe('queued');
    await printer.close();
  });
});

describe('text mode', () => {
  it('sends the printer font with the TCVN-3 code pages (ESC t) and a native QR, and still writes a preview', async () => {
    const dataDir = tempDir();
    const config = devicesConfigSchema.parse({ printer: { driver: 'fake', mode: 'text' } }).printer;
    const printer = await createPrinter(config, { dataDir });
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    await printer.close();
    const decoded = decodeEscPos(new Uint8Array(readFileSync(join(dataDir, 'printer', '000001.bin'))));
    expect(decoded.image).toBeNull();
    expect(decoded.commands).toContain('ESC t');
    expect(decoded.commands).toContain('GS ( k');
    expect(decoded.cut).toBe(true);
    // "Hộ tịch" in TCVN-3: ộ = 0xE9, ị = 0xDE.
    expect(Buffer.from(decoded.text).includes(Buffer.from([0x48, 0xe9, 0x20, 0x74, 0xde, 0x63, 0x68]))).toBe(true);
    expect(existsSync(join(dataDir, 'printer', '000001.png'))).toBe(true);
  });

  it('encodes Windows-1258 text as base letters plus combining tone marks (0xF2 = dot below)', () => {
    const bytes = encodeTextTicket(sampleJob(), { widthDots: 576, codepage: 'windows1258', codepageMapping: 'pos-5890', qr: false });
    const decoded = decodeEscPos(bytes);
    expect(decoded.commands).not.toContain('GS ( k');
    expect(Buffer.from(decoded.text).includes(Buffer.from([0x48, 0xf4, 0xf2, 0x20, 0x74, 0x69, 0xf2, 0x63, 0x68]))).toBe(true); // Hộ tịch
  });

  it('rewrites text for Windows-1258: precomposed vowel, then a combining tone mark', () => {
    expect(forWindows1258('Nguyễn')).toBe('Nguyê\u0303n');
    expect(forWindows1258('Hộ tịch')).toBe('Hô\u0323 ti\u0323ch');
    expect(forWindows1258('Đăng ký')).toBe('Đăng ky\u0301');
  });
});
