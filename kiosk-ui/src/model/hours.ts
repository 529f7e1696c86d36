/** Office hours on the kiosk: whether numbers are issued now, and what to say when they are not. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { HoursView, ServiceView, Snapshot } from '@motcua/server/contract';
import type { Navigation } from './app';

/** The office's hours from the snapshot, the services' issuing state, and the server's last refusal. */
export function createHours(snapshot: ReadonlySignal<Snapshot | null>, nav: Navigation) {
  /** The office's hours from the snapshot (kept fresh by the server's 'hours' pushes); null from an older server. */
  const hours = computed<HoursView | null>(() => {
    const h = snapshot.value?.hours;
    return h && typeof h.issuing === 'boolean' ? h : null;
  });
  /** Numbers are issued now (an older server without hours: always). */
  const issuingNow = computed(() => hours.value?.issuing !== false);
  /** A service issues now (an older server without `issuing`: when enabled). */
  const serviceIssuing = (s: Pick<ServiceView, 'enabled' | 'issuing'>): boolean => s.enabled && s.issuing !== false && issuingNow.value;
  /** The server's own words when it refused a ticket (OFFICE_CLOSED), for when the hours on screen still said open. */
  const refusal = signal<{ vi: string; en: string } | null>(null);
  nav.onGoHome(() => { refusal.value = null; });
  return { hours, issuingNow, serviceIssuing, refusal };
}

export type Hours = ReturnType<typeof createHours>;

/** Splits an API message "Vietnamese / English" into its two halves. */
export function splitMessage(message: string): { vi: string; en: string } {
  const at = message.indexOf(' / ');
  return at < 0 ? { vi: message, en: message } : { vi: message.slice(0, at), en: message.slice(at + 3) };
}
