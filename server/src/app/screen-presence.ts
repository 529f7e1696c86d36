/**
 * Which paired screens are connected: a wall display or kiosk whose last socket closed is reported
 * "offline" to staff (after a grace period, so a reconnect after a blip or a restart raises no alarm).
 * Screens appear once seen since the server started; a screen never seen says nothing.
 */
import type { DeviceStatusView } from '../contract';
import type { Devices } from './devices';

type ScreenKind = 'display' | 'kiosk';
interface Seen { kind: ScreenKind; sockets: number; state: 'ready' | 'offline'; since: number; timer: NodeJS.Timeout | null }

export class ScreenPresence {
  private readonly seen = new Map<string, Seen>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number, private readonly graceMs = 10_000) {}

  /** A screen's socket connected. */
  connected(id: string, kind: ScreenKind): void {
    const s = this.seen.get(id) ?? { kind, sockets: 0, state: 'offline' as const, since: this.now(), timer: null };
    s.sockets++;
    if (s.timer) { clearTimeout(s.timer); s.timer = null; }
    this.seen.set(id, s);
    if (s.state !== 'ready') { s.state = 'ready'; s.since = this.now(); this.changed(); }
  }

  /** A screen's socket closed; with no socket left for the grace period, it is offline. */
  disconnected(id: string): void {
    const s = this.seen.get(id);
    if (!s) return;
    s.sockets = Math.max(0, s.sockets - 1);
    if (s.sockets > 0 || s.timer) return;
    s.timer = setTimeout(() => {
      s.timer = null;
      if (s.sockets === 0 && s.state !== 'offline') { s.state = 'offline'; s.since = this.now(); this.changed(); }
    }, this.graceMs);
    s.timer.unref();
  }

  /** Forgets a screen (its token was revoked: it is not expected back). */
  forget(id: string): void {
    const s = this.seen.get(id);
    if (s?.timer) clearTimeout(s.timer);
    if (this.seen.delete(id)) this.changed();
  }

  list(): DeviceStatusView[] {
    return [...this.seen].map(([id, s]) => ({ id, kind: s.kind, driver: 'browser', state: s.state, since: s.since }));
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  close(): void {
    for (const s of this.seen.values()) if (s.timer) clearTimeout(s.timer);
  }

  private changed(): void {
    for (const cb of this.listeners) cb();
  }
}

/** The hardware plus the screens: one device list and one change feed for the staff screens and /api/health. */
export function withScreens(devices: Devices, presence: ScreenPresence): Devices {
  const list = () => [...devices.list(), ...presence.list()];
  return {
    printTicket: (t, office, tz, extra) => devices.printTicket(t, office, tz, extra),
    ...(devices.printChecklist ? { printChecklist: (job: Parameters<NonNullable<Devices['printChecklist']>>[0]) => devices.printChecklist!(job) } : {}),
    dropPrint: (id) => devices.dropPrint(id),
    onScan: (cb) => devices.onScan(cb),
    list,
    onChange(cb) {
      const offA = devices.onChange(() => cb(list()));
      const offB = presence.onChange(() => cb(list()));
      return () => { offA(); offB(); };
    },
    close: async () => { presence.close(); await devices.close(); },
  };
}
