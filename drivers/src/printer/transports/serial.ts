/**
 * A printer on a serial port (RS-232 or a USB-serial adapter). The port stays open between jobs and is
 * reopened after an error; status is asked with DLE EOT like on TCP.
 */
import { DeviceFault, errorText } from '../../errors';
import { closePort, defaultPortFactory, openPort, type PortFactory, type PortLike } from '../../serial-port';
import type { QueuedJob } from '../queue';
import type { PrinterTransport, SeenState } from '../transport';
import { assertPrintable, ByteInbox, queryStatus } from './status-query';

export interface SerialTransportOptions {
  path: string;
  baudRate: number;
  statusQuery?: boolean;
  statusTimeoutMs?: number;
  portFactory?: PortFactory;
}

/** Serial printer transport (serialport). */
export class SerialTransport implements PrinterTransport {
  readonly driver = 'serial';
  private port: PortLike | null = null;
  private readonly inbox = new ByteInbox();

  constructor(private readonly opts: SerialTransportOptions) {}

  async send(job: QueuedJob, timeoutMs: number): Promise<SeenState | void> {
    return this.bounded(timeoutMs, async (port) => {
      const seen = this.opts.statusQuery === false ? null : await this.ask(port, timeoutMs);
      assertPrintable(seen);
      await write(port, job.bytes);
      return seen ?? undefined;
    });
  }

  async probe(timeoutMs: number): Promise<SeenState> {
    return this.bounded(timeoutMs, async (port) => (await this.ask(port, timeoutMs)) ?? { state: 'ready', detail: 'printer does not answer status requests' });
  }

  /** 10 bits a byte on the line (start, 8 data, stop). */
  wireMs(bytes: number): number {
    return (bytes * 10 * 1000) / this.opts.baudRate;
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) {
      port.removeAllListeners();
      await closePort(port);
    }
  }

  private ask(port: PortLike, timeoutMs: number): Promise<SeenState | null> {
    return queryStatus((b) => write(port, b), this.inbox, Math.min(this.opts.statusTimeoutMs ?? 1000, timeoutMs / 2));
  }

  private async ensureOpen(): Promise<PortLike> {
    if (this.port?.isOpen) return this.port;
    const port = await (this.opts.portFactory ?? defaultPortFactory)({ path: this.opts.path, baudRate: this.opts.baudRate });
    try {
      await openPort(port);
    } catch (err) {
      // A port that will not open is a printer unplugged or switched off, whatever the binding's wording.
      throw new DeviceFault('offline', `${this.opts.path}: ${errorText(err)}`);
    }
    port.on('data', (chunk) => this.inbox.push(chunk));
    port.on('error', () => {}); // surfaced by the next write
    port.on('close', () => {
      if (this.port === port) this.port = null;
    });
    this.port = port;
    return port;
  }

  /** Runs one operation within timeoutMs; after an I/O failure the port is closed so the next job reopens it. */
  private async bounded<T>(timeoutMs: number, fn: (port: PortLike) => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([
        this.ensureOpen().then(fn),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DeviceFault('offline', `${this.opts.path}: no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (err) {
      if (err instanceof DeviceFault && err.state !== 'offline') throw err; // paper out: the port itself is fine
      await this.close();
      if (err instanceof DeviceFault) throw err;
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { message: `${this.opts.path}: ${errorText(err)}` });
    } finally {
      clearTimeout(timer);
    }
  }
}

function write(port: PortLike, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    port.write(bytes, (err) => {
      if (err) return reject(err);
      port.drain((e) => (e ? reject(e) : resolve()));
    });
  });
}
