/**
 * The onScan listeners of one scanner (a throwing listener is logged and cannot stop the others), and
 * the base every scanner driver shares: its listeners and status hub behind the Scanner interface.
 */
import { StatusHub } from '../status-hub';
import type { DeviceState, DeviceStatus, DriverLog, ScanResult, Scanner } from '../types';

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

/** What the fake and the serial scanner have in common: onScan, status and onStatus over a hub and listeners. */
export abstract class ScannerBase implements Scanner {
  readonly id: string;
  protected readonly hub: StatusHub;
  protected readonly listeners: ScanListeners;

  constructor(initial: { id: string; driver: string; state: DeviceState; detail?: string }, log?: DriverLog) {
    this.id = initial.id;
    this.hub = new StatusHub({ ...initial, kind: 'scanner' }, log);
    this.listeners = new ScanListeners(initial.id, log);
  }

  onScan(cb: ScanListener): () => void {
    return this.listeners.on(cb);
  }

  status(): DeviceStatus {
    return this.hub.get();
  }

  onStatus(cb: (s: DeviceStatus) => void): () => void {
    return this.hub.on(cb);
  }

  abstract close(): Promise<void>;

  /** Drops every listener of both kinds (the end of close()). */
  protected forget(): void {
    this.listeners.clear();
    this.hub.clear();
  }
}
