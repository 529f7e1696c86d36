/**
 * A scanner on a serial port (RS-232, or USB in "virtual COM" mode: /dev/ttyACM0, /dev/ttyUSB0).
 * Serial mode passes Vietnamese UTF-8 through untouched, unlike keyboard mode. An unplugged scanner is
 * reported offline and the port is reopened every few seconds until it comes back.
 */
import { errorText } from '../errors';
import { closePort, defaultPortFactory, openPort, type PortFactory, type PortLike } from '../serial-port';
import type { DriverLog, ScanResult } from '../types';
import { LineFramer, type LineEnding } from './framing';
import { MAX_LINE_BYTES, tooLongResult } from './line-guard';
import { ScannerBase } from './listeners';
import { parseScanLine } from './parse-line';

export interface SerialScannerOptions {
  id: string;
  path: string;
  baudRate: number;
  lineEnding: LineEnding;
  dossierPattern?: string | null;
  /** Wait before reopening a closed or missing port. Default 3000 ms. */
  reopenMs?: number;
  /** Treat a pause this long as the end of a line (scanners set up without a suffix). 0 = off (default). */
  idleFlushMs?: number;
  /**
   * Drop bytes that wait this long without a line end (a half-read code, noise on the line), so they are never
   * glued to the next scan. 0 = off. Default 300 ms: a scanner sends a whole code in one burst. idleFlushMs wins.
   */
  idleDropMs?: number;
  log?: DriverLog;
  /** The port maker; tests inject SerialPortMock. */
  portFactory?: PortFactory;
}

/** A Scanner reading lines from a serial port. */
export class SerialScanner extends ScannerBase {
  private readonly framer: LineFramer;
  private port: PortLike | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private readonly dropListeners = new Set<(bytes: number) => void>();

  constructor(private readonly opts: SerialScannerOptions) {
    super({ id: opts.id, driver: 'serial', state: 'offline', detail: 'not opened yet' }, opts.log);
    this.framer = new LineFramer({ lineEnding: opts.lineEnding, maxLength: MAX_LINE_BYTES + 1 });
  }

  /** Opens the port (retrying in the background when it cannot); resolves after the first attempt. */
  async start(): Promise<void> {
    await this.tryOpen();
  }

  private async tryOpen(): Promise<void> {
    this.reopenTimer = null;
    if (this.closed) return;
    let port: PortLike;
    try {
      port = await (this.opts.portFactory ?? defaultPortFactory)({ path: this.opts.path, baudRate: this.opts.baudRate });
      await openPort(port);
    } catch (err) {
      this.hub.set({ state: 'offline', detail: `${this.opts.path}: ${errorText(err)}` });
      this.scheduleReopen();
      return;
    }
    if (this.closed) return void (await closePort(port));
    this.port = port;
    port.on('data', (chunk) => this.onData(chunk));
    port.on('error', (err) => this.opts.log?.warn(`scanner ${this.id}: ${errorText(err)}`));
    port.on('close', (err) => this.onClose(port, err));
    this.hub.set({ state: 'ready', detail: undefined });
  }

  private onClose(port: PortLike, err?: Error & { disconnected?: boolean }): void {
    port.removeAllListeners();
    if (this.port === port) this.port = null;
    this.framer.flush(); // half a line from before the unplug is not a scan
    if (this.closed) return;
    this.hub.set({ state: 'offline', detail: err?.disconnected ? 'unplugged' : `port closed${err ? `: ${errorText(err)}` : ''}` });
    this.scheduleReopen();
  }

  private scheduleReopen(): void {
    if (this.closed || this.reopenTimer) return;
    this.reopenTimer = setTimeout(() => void this.tryOpen(), this.opts.reopenMs ?? 3000);
    this.reopenTimer.unref?.();
  }

  private onData(chunk: Uint8Array): void {
    for (const frame of this.framer.push(chunk)) this.deliverFrame(frame);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.framer.pending === 0) return;
    const flush = this.opts.idleFlushMs ?? 0;
    const drop = this.opts.idleDropMs ?? 300;
    if (flush > 0) {
      this.idleTimer = setTimeout(() => { for (const frame of this.framer.flush()) this.deliverFrame(frame); }, flush);
    } else if (drop > 0) {
      this.idleTimer = setTimeout(() => this.dropPending(), drop);
    } else return;
    this.idleTimer.unref?.();
  }

  /** Forgets bytes that never got a line end; says how many (never what: it may be half an ID card). */
  private dropPending(): void {
    this.idleTimer = null;
    const bytes = this.framer.pending;
    this.framer.flush();
    if (bytes > 0) {
      this.opts.log?.warn(`scanner ${this.id}: dropped ${bytes} stray byte(s) without a line end`);
      for (const cb of [...this.dropListeners]) cb(bytes);
    }
  }

  /** Called with the number of bytes dropped for want of a line end (for tests and the device log). */
  onDrop(cb: (bytes: number) => void): () => void {
    this.dropListeners.add(cb);
    return () => this.dropListeners.delete(cb);
  }

  private deliverFrame(frame: ReturnType<LineFramer['flush']>[number]): void {
    const result: ScanResult =
      frame.kind === 'overflow' ? tooLongResult() : parseScanLine(frame.bytes, { dossierPattern: this.opts.dossierPattern ?? null });
    this.listeners.emit(result, { length: frame.kind === 'overflow' ? frame.bytes : frame.bytes.length });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const port = this.port;
    this.port = null;
    if (port) {
      port.removeAllListeners();
      await closePort(port);
    }
    this.hub.set({ state: 'offline', detail: 'closed' });
    this.forget();
  }
}
