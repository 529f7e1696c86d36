import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createScanner } from '../src/scanner/create';
import type { SerialScanner } from '../src/scanner/serial';
import type { ScanResult } from '../src/types';
import { tempDir } from './helpers';

const CARD = '001085012345|012345678|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hà Nội|20042021';
const CODE = '000.00.23.H23-240315-0001';
const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

// Each case runs on a real pseudo-terminal pair made by socat: what the scanner writes at one end, the server reads at the other.
describe('scanner framing that resyncs, on a real socat pty', () => {
  let socat: ChildProcess | null = null;
  let scanner: SerialScanner | null = null;
  let fd: number | null = null;
  afterEach(async () => {
    if (fd !== null) closeSync(fd);
    fd = null;
    await scanner?.close();
    scanner = null;
    socat?.kill();
    socat = null;
  });

  /** Opens a pty pair and a scanner on it (config as the site file would give it); returns what it read and a writer. */
  async function tty(settings: Record<string, unknown> = {}) {
    const dir = tempDir('motcua-resync-');
    const [writeEnd, readEnd] = [join(dir, 'scanner-out'), join(dir, 'server-in')];
    socat = spawn('socat', [`pty,raw,echo=0,link=${writeEnd}`, `pty,raw,echo=0,link=${readEnd}`], { stdio: 'ignore' });
    await until(() => existsSync(writeEnd) && existsSync(readEnd));
    const config = devicesConfigSchema.parse({ scanners: [{ id: 'kiosk-1', driver: 'serial', path: readEnd, baudRate: 115200, reopenMs: 200, ...settings }] });
    scanner = (await createScanner(config.scanners[0]!, {})) as SerialScanner;
    expect(scanner.status().state).toBe('ready');
    const got: ScanResult[] = [];
    const dropped: number[] = [];
    scanner.onScan((r) => got.push(r));
    scanner.onDrop((n) => dropped.push(n));
    fd = openSync(writeEnd, 'w');
    const write = (b: string | Buffer) => writeSync(fd!, typeof b === 'string' ? Buffer.from(b) : b);
    return { got, dropped, write };
  }

  for (const [name, end] of [['CR', '\r'], ['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`a scanner ending lines with ${name} is read from its first scan with the default config`, async () => {
      const { got, write } = await tty();
      write(`${CODE}${end}`);
      await until(() => got.length === 1);
      write(`${CARD}${end}`);
      await until(() => got.length === 2);
      expect(got[0]).toEqual({ kind: 'dossier', code: CODE });
      expect(got[1]!.kind).toBe('cccd');
      write(`000.00.23.H23-240315-0002${end}`);
      await until(() => got.length === 3);
      expect(got[2]).toEqual({ kind: 'dossier', code: '000.00.23.H23-240315-0002' });
    });
  }

  it('drops stray bytes without a line end after a short idle gap, so the next scan is read whole', async () => {
    const { got, dropped, write } = await tty();
    write(Buffer.from([0xc3, 0xff, 0x41])); // noise, and half a UTF-8 letter
    await until(() => dropped.length === 1);
    write(`${CODE}\r`);
    await until(() => got.length === 1);
    expect(dropped).toEqual([3]);
    expect(got[0]).toEqual({ kind: 'dossier', code: CODE });
  });

  it('drops half a card read when the citizen pulled it away, then reads the next card', async () => {
    const { got, dropped, write } = await tty();
    write(CARD.slice(0, 40));
    await until(() => dropped.length === 1);
    write(`${CARD}\r\n`);
    await until(() => got.length === 1);
    expect(got[0]!.kind === 'cccd' && got[0]!.card.fullName).toBe('Nguyễn Văn An');
  });

  it('one bad scan never spoils the next', async () => {
    const { got, write } = await tty();
    write(Buffer.concat([Buffer.from([0xff, 0xfe, 0x41, 0xc3]), Buffer.from('\r')]));
    write(`${CODE}\r`);
    await until(() => got.length === 2);
    expect(got[0]).toMatchObject({ kind: 'unknown', code: 'invalidUtf8' });
    expect(got[1]).toEqual({ kind: 'dossier', code: CODE });
  });

  it('a pinned line ending is kept: with CRLF pinned, a lone CR stays inside the line', async () => {
    const { got, write } = await tty({ lineEnding: 'CRLF' });
    write(`ab\rcd\r\n${CODE}\r\n`);
    await until(() => got.length === 2);
    expect(got[0]).toMatchObject({ kind: 'unknown' });
    expect(got[1]).toEqual({ kind: 'dossier', code: CODE });
  });
});
