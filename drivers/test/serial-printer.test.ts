import { SerialPortMock } from 'serialport';
import { beforeEach, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { FakeTcpPrinter } from '../src/printer/fake-tcp-printer';
import { decodeEscPos } from './escpos-decode';
import { sampleJob, tempDir } from './helpers';

/** A mock serial port that answers DLE EOT like the fake network printer does, and records the job. */
function answeringPortFactory(state: FakeTcpPrinter) {
  const ports: SerialPortMock[] = [];
  const factory = (o: { path: string; baudRate: number }) => {
    const p = new SerialPortMock({ ...o, autoOpen: false });
    p.on('open', () => {
      const binding = p.port!;
      const write = binding.write.bind(binding);
      binding.write = async (buf: Buffer) => {
        await write(buf);
        for (let i = 0; i + 2 < buf.length; i++) {
          if (buf[i] === 0x10 && buf[i + 1] === 0x04) binding.emitData(Buffer.of(state.statusByte(buf[i + 2]!)));
        }
      };
    });
    ports.push(p);
    return p;
  };
  return { factory, ports };
}

describe('serial printer on @serialport/binding-mock', () => {
  beforeEach(() => {
    SerialPortMock.binding.reset();
    SerialPortMock.binding.createPort('/dev/ttyS9', { echo: false, record: true });
  });

  it('asks the status, then writes the raster job', async () => {
    const state = new FakeTcpPrinter(); // used only for its status bytes
    const { factory, ports } = answeringPortFactory(state);
    const config = devicesConfigSchema.parse({ printer: { driver: 'serial', path: '/dev/ttyS9', statusPollMs: 0 } }).printer;
    const printer = await createPrinter(config, { dataDir: tempDir(), portFactory: factory, backoff: { baseMs: 50, maxMs: 100 } });
    expect(await printer.printTicket(sampleJob())).toEqual({ state: 'printed' });
    const recording = ports.at(-1)!.port!.recording;
    const job = recording.subarray(recording.indexOf(Buffer.from([0x1b, 0x40])));
    expect(decodeEscPos(new Uint8Array(job)).image!.width).toBe(576);

    state.coverOpen = true;
    expect(await printer.printTicket(sampleJob({ ticketId: 'b'.repeat(18) }))).toMatchObject({ state: 'queued', reason: expect.stringMatching(/coverOpen/) });
    expect(printer.status().state).toBe('coverOpen');
    state.coverOpen = false;
    await new Promise((r) => setTimeout(r, 300));
    expect(printer.status()).toMatchObject({ state: 'ready', queued: 0 });
    await printer.close();
  });

  it('is offline when the port does not exist', async () => {
    const config = devicesConfigSchema.parse({ printer: { driver: 'serial', path: '/dev/ttyNOPE', statusPollMs: 0, timeoutMs: 5000 } }).printer;
    const printer = await createPrinter(config, { dataDir: tempDir(), portFactory: (o) => new SerialPortMock({ ...o, autoOpen: false }) });
    const outcome = await printer.printTicket(sampleJob());
    expect(outcome.state).toBe('queued');
    expect(printer.status()).toMatchObject({ state: 'offline', detail: expect.stringMatching(/ttyNOPE/) });
    await printer.close();
  });
});
