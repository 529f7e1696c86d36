/** A scanner with no hardware: inject(line) goes through the same parser as a real scan (demo and tests). */
import { StatusHub } from '../status-hub';
import type { DeviceState, DeviceStatus, DriverLog, ScanResult, Scanner } from '../types';
import { parseScanLine } from './parse-line';
import { ScanListeners } from './listeners';

export interface FakeScannerOptions {
  id: string;
  dossierPattern?: string | null;
  log?: DriverLog;
}

/** The fake scanner: a Scanner plus inject() and setState() for tests and the demo. */
export class FakeScanner implements Scanner {
  readonly id: string;
  private readonly hub: StatusHub;
  private readonly listeners: ScanListeners;

  constructor(private readonly opts: FakeScannerOptions) {
    this.id = opts.id;
    this.hub = new StatusHub({ id: opts.id, kind: 'scanner', driver: 'fake', state: 'ready' }, opts.log);
    this.listeners = new ScanListeners(opts.id, opts.log);
  }

  /** Delivers a line as if scanned; returns what the listeners received. */
  inject(line: string | Uint8Array): ScanResult {
    const result = parseScanLine(line, { dossierPattern: this.opts.dossierPattern ?? null });
    const length = typeof line === 'string' ? new TextEncoder().encode(line).length : line.length;
    this.listeners.emit(result, { length });
    return result;
  }

  /** Simulates a fault (e.g. 'offline' for an unplugged scanner) or a recovery. */
  setState(state: DeviceState, detail?: string): void {
    this.hub.set({ state, detail });
  }

  onScan(cb: (r: ScanResult, raw: { length: number }) => void): () => void {
    return this.listeners.on(cb);
  }

  status(): DeviceStatus {
    return this.hub.get();
  }

  onStatus(cb: (s: DeviceStatus) => void): () => void {
    return this.hub.on(cb);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.hub.clear();
  }
}
