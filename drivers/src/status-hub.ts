/** Holds one device's status and tells listeners when it changes; a throwing listener cannot hurt the others. */
import type { DeviceState, DeviceStatus, DriverLog } from './types';

/** One device's current status and its listeners. */
export class StatusHub {
  private current: DeviceStatus;
  private readonly listeners = new Set<(s: DeviceStatus) => void>();

  constructor(
    base: { id: string; kind: 'printer' | 'scanner'; driver: string; state?: DeviceState; detail?: string },
    private readonly log?: DriverLog,
    private readonly now: () => number = Date.now,
  ) {
    this.current = { id: base.id, kind: base.kind, driver: base.driver, state: base.state ?? 'offline', since: this.now() };
    if (base.detail) this.current.detail = base.detail;
  }

  /** The current status (a copy). */
  get(): DeviceStatus {
    return { ...this.current };
  }

  /** Sets state/detail/queued; emits only when something visible changed. */
  set(change: { state?: DeviceState; detail?: string | undefined; queued?: number }): void {
    const prev = this.current;
    const state = change.state ?? prev.state;
    const detail = 'detail' in change ? change.detail : prev.detail;
    const queued = change.queued ?? prev.queued;
    if (state === prev.state && detail === prev.detail && queued === prev.queued) return;
    const next: DeviceStatus = { id: prev.id, kind: prev.kind, driver: prev.driver, state, since: state === prev.state ? prev.since : this.now() };
    if (detail !== undefined) next.detail = detail;
    if (queued !== undefined) next.queued = queued;
    this.current = next;
    if (state !== prev.state) this.log?.[state === 'ready' ? 'info' : 'warn'](`${prev.kind} ${prev.id}: ${state}${detail ? ` (${detail})` : ''}`);
    for (const cb of [...this.listeners]) {
      try {
        cb(this.get());
      } catch (err) {
        this.log?.error(`${prev.kind} ${prev.id}: status listener failed`, err);
      }
    }
  }

  /** Subscribes; returns the unsubscribe function. */
  on(cb: (s: DeviceStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Forgets every listener (on close). */
  clear(): void {
    this.listeners.clear();
  }
}
