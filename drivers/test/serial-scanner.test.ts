import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createScanner } from '../src/scanner/create';
import { SerialScanner } from '../src/scanner/serial';
import type { ScanResult, Scanner } from '../src/types';
import { tempDir } from './helpers';

const CARD = '001085012345|012345678|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hà Nội|20042021';
const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};
function collect(scanner: Scanner) {
  const got: Array<{ r: ScanResult; length: number }> = [];
  scanner.onScan((r, raw) => got.push({ r, length: raw.length }));
  return got;
}

describe('serial scanner on @serialport/binding-mock', () => {
  const MockBinding = SerialPortMock.binding;
  const ports: SerialPortMock[] = [];
  let scanner: SerialScanner;

  beforeEach(async () => {
    MockBinding.reset();
    MockBinding.createPort('/dev/ttyMOCK0', { echo: false, record: true });
    ports.length = 0;
    scanner = new SerialScanner({
      id: 'kiosk-1', path: '/dev/ttyMOCK0', baudRate: 9600, lineEnding: '\r\n', reopenMs: 50,
      portFactory: (o) => {
        const p = new SerialPortMock({ ...o, autoOpen: false });
        ports.push(p);
        return p;
      },
    });
    await scanner.start();
  });
  afterEach(() => scanner.close());

  it('reads lines split across chunks into scan results', async () => {
    const got = collect(scanner);
    expect(scanner.status().state).toBe('ready');
    const bytes = Buffer.from(`${CARD}\r\n000.00.23.H23-240315-0001\r`);
    ports[0]!.port!.emitData(bytes.subarray(0, 20));
    ports[0]!.port!.emitData(bytes.subarray(20));
    ports[0]!.port!.emitData(Buffer.from('\n'));
    await until(() => got.length === 2);
    expect(got[0]!.r.kind).toBe('cccd');
    expect(got[0]!.length).toBe(Buffer.byteLength(CARD));
    expect(got[1]!.r).toEqual({ kind: 'dossier', code: '000.00.23.H23-240315-0001' });
  });

  it('goes offline when unplugged, retries, and is ready again when the device returns', async () => {
    const states: string[] = [];
    scanner.onStatus((s) => states.push(s.state));
    MockBinding.reset(); // the device node disappears with the device
    ports[0]!.close(() => {}, Object.assign(new Error('device unplugged'), { disconnected: true }));
    await until(() => scanner.status().state === 'offline');
    expect(scanner.status().detail).toBe('unplugged');
    await new Promise((r) => setTimeout(r, 200)); // a few failed reopen attempts
    expect(scanner.status().state).toBe('offline');
    expect(scanner.status().detail).toMatch(/ttyMOCK0/);

    MockBinding.createPort('/dev/ttyMOCK0', { echo: false, record: true });
    await until(() => scanner.status().state === 'ready');
    const got = collect(scanner);
    ports.at(-1)!.port!.emitData(Buffer.from('000.00.23.H23-240315-0002\r\n'));
    await until(() => got.length === 1);
    expect(states).toEqual(['offline', 'offline', 'ready']); // unplugged, then "port does not exist", then back
  });

  it('answers an over-long line with tooLong and carries on with the next one', async () => {
    const got = collect(scanner);
    ports[0]!.port!.emitData(Buffer.from(`${'x'.repeat(10_000)}\r\n000.00.23.H23-240315-0001\r\n`));
    await until(() => got.length === 2);
    expect(got[0]!.r).toMatchObject({ kind: 'unknown', code: 'tooLong' });
    expect(got[0]!.length).toBe(10_000);
    expect(got[1]!.r.kind).toBe('dossier');
  });
});

describe('serial scanner on a real pseudo-terminal pair (socat)', () => {
  let socat: ChildProcess | null = null;
  afterEach(() => {
    socat?.kill();
    socat = null;
  });

  it('reads a Vietnamese CCCD payload, a receipt code and garbage through a real tty', async () => {
    const dir = tempDir('motcua-tty-');
    const [writeEnd, readEnd] = [join(dir, 'scanner-out'), join(dir, 'server-in')];
    socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${writeEnd}`, `pty,raw,echo=0,link=${readEnd}`], { stdio: 'ignore' });
    await until(() => existsSync(writeEnd) && existsSync(readEnd));

    const config = devicesConfigSchema.parse({ scanners: [{ id: 'kiosk-1', driver: 'serial', path: readEnd, baudRate: 115200, lineEnding: '\\r\\n', reopenMs: 200 }] });
    const scanner = await createScanner(config.scanners[0]!, {});
    try {
      expect(scanner.status().state).toBe('ready');
      const got = collect(scanner);
      const fd = openSync(writeEnd, 'w');
      writeSync(fd, Buffer.from(`${CARD}\r\n`));
      writeSync(fd, Buffer.from('000.00.23.H23-240315-0001\r\n'));
      writeSync(fd, Buffer.concat([Buffer.from([0xff, 0xfe, 0x41, 0xc3]), Buffer.from('\r\n')]));
      closeSync(fd);
      await until(() => got.length === 3, 20_000); // waits for the lines; the limit only ends a broken run (a busy machine can take seconds)
      const card = got[0]!.r;
      expect(card.kind).toBe('cccd');
      expect(card.kind === 'cccd' && card.card.fullName).toBe('Nguyễn Văn An');
      expect(got[1]!.r).toEqual({ kind: 'dossier', code: '000.00.23.H23-240315-0001' });
      expect(got[2]!.r).toMatchObject({ kind: 'unknown', code: 'invalidUtf8' });

      // Every state it goes through is noted: on a busy machine a poll could miss a short 'offline' before a reopen.
      const states: string[] = [];
      scanner.onStatus((st) => states.push(st.state));
      socat.kill(); // the "USB cable" is pulled
      await until(() => states.includes('offline'), 30_000); // the port's close event, late on a busy machine
    } finally {
      await scanner.close();
    }
  }, 60_000);
});
