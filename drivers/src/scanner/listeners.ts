/** The onScan listeners of one scanner; a throwing listener is logged and cannot stop the others. */
import type { DriverLog, ScanResult } from '../types';

type ScanListener = (r: ScanResult, raw: { length: number }) => void;

/** The set of onScan callbacks of one scanner. */
export class ScanListeners {
  private readonly set = new Set<ScanListener>();

  constructor(private readonly scannerId: string, private readonly log?: DriverLog) {}

  /** Subscribes; returns the unsubscribe function. */
  on(cb: ScanListener): () => void {
    this.set.add(cb);
    return () => this.set.delete(cb);
  }

  /** Calls every listener with one result. Logs the kind only: the content may be an ID card. */
  emit(result: ScanResult, raw: { length: number }): void {
    if (result.kind === 'unknown') this.log?.info(`scanner ${this.scannerId}: unknown code (${result.code}, ${raw.length} bytes)`);
    for (const cb of [...this.set]) {
      try {
        cb(result, raw);
      } catch (err) {
        this.log?.error(`scanner ${this.scannerId}: scan listener failed`, err);
      }
    }
  }

  /** Forgets every listener (on close). */
  clear(): void {
    this.set.clear();
  }
}
