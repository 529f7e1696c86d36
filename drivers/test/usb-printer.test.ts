import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { decodeEscPos } from './escpos-decode';
import { sampleJob, tempDir } from './helpers';

const usbPrinter = (path: string, timeoutMs = 3000) =>
  createPrinter(devicesConfigSchema.parse({ printer: { driver: 'usb', path, timeoutMs } }).printer, { dataDir: tempDir(), backoff: { baseMs: 50, maxMs: 100 } });

describe('USB printer through a device file', () => {
  it('writes the job to the file', async () => {
    const file = join(tempDir(), 'lp0');
    const printer = await usbPrinter(file);
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    expect(decodeEscPos(new Uint8Array(readFileSync(file))).image!.width).toBe(576);
    await printer.close();
  });

  it('is offline with a hint when the device file is missing', async () => {
    const printer = await usbPrinter('/nonexistent/usb/lp9');
    expect(await printer.printTicket(sampleJob())).toMatchObject({ state: 'queued' });
    expect(printer.status()).toMatchObject({ state: 'offline', detail: expect.stringMatching(/printer off or unplugged/) });
    await printer.close();
  });

  it('answers in time when the write blocks (a FIFO nobody reads, like a printer out of paper), and prints once when it unblocks', async () => {
    const file = join(tempDir(), 'lp0');
    const reference = await usbPrinter(file);
    await reference.printTicket(sampleJob());
    await reference.close();
    const jobLength = readFileSync(file).length;

    const fifo = join(tempDir(), 'lp0');
    execFileSync('mkfifo', [fifo]);
    // 3 s: the first ticket also starts the render worker (slow on a loaded machine) before it blocks on the wire.
    const printer = await usbPrinter(fifo, 3000);
    const t0 = Date.now();
    expect((await printer.printTicket(sampleJob())).state).toBe('queued');
    expect(Date.now() - t0).toBeLessThan(8000); // bounded (a blocked write never answers by itself); the margin is for the worker's start on a busy machine
    // The transport's own timer ends the attempt (drawing in the worker took part of the 800 ms first).
    for (const end = Date.now() + 10_000; printer.status().state !== 'error' && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
    expect(printer.status()).toMatchObject({ state: 'error', detail: expect.stringMatching(/did not finish|still being written/) });

    // Paper is back: the blocked write goes through; the retry must not print the ticket a second time.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const buf = Buffer.alloc(1 << 16);
    let received = 0;
    const drain = () => {
      for (;;) {
        try {
          const n = readSync(reader, buf);
          if (n === 0) return;
          received += n;
        } catch {
          return; // EAGAIN: nothing more for now
        }
      }
    };
    const end = Date.now() + 4000;
    while (Date.now() < end && !(printer.status().queued === 0 && received >= jobLength)) {
      drain();
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 300)); // room for a wrong second print to show up
    drain();
    closeSync(reader);
    expect(printer.status()).toMatchObject({ state: 'ready', queued: 0 });
    expect(received).toBe(jobLength);
    await printer.close();
  });
});
