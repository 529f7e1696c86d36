/** A scanner with no hardware: inject(line) goes through the same parser as a real scan (demo and tests). */
import type { DeviceState, DriverLog, ScanResult } from '../types';
import { parseScanLine } from './parse-line';
import { ScannerBase } from './listeners';

export interface FakeScannerOptions {
  id: string;
  dossierPattern?: string | null;
  log?: DriverLog;
}

/** The fake scanner: a Scanner plus inject() and setState() for tests and the demo. */
export class FakeScanner extends ScannerBase {
  constructor(private readonly opts: FakeScannerOptions) {
    super({ id: opts.id, driver: 'fake', state: 'ready' }, opts.log);
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

  async close(): Promise<void> {
    this.forget();
  }
}
