/**
 * Makes the printer the config names. Each transport's module is imported only when configured (so a
 * site without a serial printer never loads serialport's native binding); unknown names list the valid ones.
 */
import { printerWidthDots, type PrinterConfig } from '../config';
import type { PortFactory } from '../serial-port';
import type { DriverLog, Printer } from '../types';
import { QueuedPrinter } from './printer';
import type { PrinterTransport } from './transport';

export interface PrinterDeps {
  /** The server's data folder; the fake printer writes to <dataDir>/printer/. */
  dataDir: string;
  log?: DriverLog;
  /** Serial port maker (tests inject SerialPortMock). */
  portFactory?: PortFactory;
  /** Retry timing (tests make it fast). */
  backoff?: { baseMs: number; maxMs: number };
}

type Loader = (c: PrinterConfig, d: PrinterDeps) => Promise<PrinterTransport>;

const transports: Record<string, Loader> = {
  fake: async (_c, d) => new (await import('./transports/fake')).FakeTransport({ dataDir: d.dataDir }),
  tcp: async (c) => {
    if (c.driver !== 'tcp') throw new Error('unreachable');
    return new (await import('./transports/tcp')).TcpTransport({ host: c.host, port: c.port, statusQuery: c.statusQuery });
  },
  serial: async (c, d) => {
    if (c.driver !== 'serial') throw new Error('unreachable');
    const { SerialTransport } = await import('./transports/serial');
    return new SerialTransport({ path: c.path, baudRate: c.baudRate, statusQuery: c.statusQuery, ...(d.portFactory ? { portFactory: d.portFactory } : {}) });
  },
  usb: async (c) => {
    if (c.driver !== 'usb') throw new Error('unreachable');
    return new (await import('./transports/usb-file')).UsbFileTransport({ path: c.path });
  },
};

/** The valid printer driver names. */
export const printerDrivers = Object.keys(transports);

/** Starts the configured printer. A printer that is off still starts (offline, retrying). */
export async function createPrinter(config: PrinterConfig, deps: PrinterDeps): Promise<Printer> {
  const load = transports[config.driver];
  if (!load) throw new Error(`unknown printer driver "${String(config.driver)}"; valid: ${printerDrivers.join(', ')}`);
  const transport = await load(config, deps);
  const printer = new QueuedPrinter({
    id: config.id,
    transport,
    widthDots: printerWidthDots(config),
    mode: config.mode,
    text: { codepage: config.textCodepage, codepageMapping: config.codepageMapping },
    qr: config.qr,
    timeoutMs: config.timeoutMs,
    maxQueued: config.maxQueued,
    maxAgeMs: config.maxAgeMinutes * 60_000,
    statusPollMs: 'statusPollMs' in config ? config.statusPollMs : 0,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
  void printer.poll(); // first status in the background: start-up never waits for a printer
  return printer;
}
