/**
 * Device alerts about scans, for the staff screens: a scan dropped because the kiosk its scanner sits at is not
 * connected, or a scanner sending what cannot be read (wrong baud rate, keyboard mode, a line ending it was not set
 * for). The alert replaces the scanner's own "ready" in the device list until a scan from it gets through, or
 * ALERT_MS passes. The detail names the reason, never what was scanned.
 */
import type { DeviceStatusView } from '../contract';
import type { Devices } from './devices';

const ALERT_MS = 10 * 60_000;
interface Alert { detail: string; since: number; until: number }

export class ScanAlerts {
  private readonly alerts = new Map<string, Alert>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number) {}

  /** A scan from this scanner was not delivered, or not readable: the technical reason, for staff. */
  raise(scannerId: string, detail: string): void {
    const at = this.now();
    this.alerts.set(scannerId, { detail, since: this.alerts.get(scannerId)?.detail === detail ? this.alerts.get(scannerId)!.since : at, until: at + ALERT_MS });
    this.changed();
  }

  /** A scan from this scanner reached its kiosk: its alert, if any, is over. */
  clear(scannerId: string): void {
    if (this.alerts.delete(scannerId)) this.changed();
  }

  /** The device list with each alerting scanner shown in error (an entry added if the scanner had none). */
  apply(list: DeviceStatusView[]): DeviceStatusView[] {
    const at = this.now();
    for (const [id, a] of this.alerts) if (a.until <= at) this.alerts.delete(id);
    if (!this.alerts.size) return list;
    const out = list.map((d) => {
      const a = d.kind === 'scanner' ? this.alerts.get(d.id) : undefined;
      return a && d.state === 'ready' ? { ...d, state: 'error' as const, detail: a.detail, since: a.since } : d;
    });
    for (const [id, a] of this.alerts) {
      if (!list.some((d) => d.kind === 'scanner' && d.id === id)) out.push({ id, kind: 'scanner', driver: 'serial', state: 'error', detail: a.detail, since: a.since });
    }
    return out;
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private changed(): void {
    for (const cb of this.listeners) cb();
  }
}

/** The devices with the scan alerts folded into their list and change feed. */
export function withScanAlerts(devices: Devices, alerts: ScanAlerts): Devices {
  const list = () => alerts.apply(devices.list());
  return {
    ...devices,
    printTicket: (t, office, tz, extra) => devices.printTicket(t, office, tz, extra),
    dropPrint: (id) => devices.dropPrint(id),
    onScan: (cb) => devices.onScan(cb),
    close: () => devices.close(),
    list,
    onChange(cb) {
      const offA = devices.onChange(() => cb(list()));
      const offB = alerts.onChange(() => cb(list()));
      return () => { offA(); offB(); };
    },
  };
}
