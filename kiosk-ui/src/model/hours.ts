/** Office hours on the kiosk: whether numbers are issued now, and what to say when they are not. */
import { computed, signal } from '@preact/signals';
import type { HoursView, ServiceView } from '@motcua/server/contract';
import { snapshot } from '../../../ui-shared/src/connection';
import { onGoHome } from './app';

/** The office's hours from the snapshot (kept fresh by the server's 'hours' pushes); null from an older server. */
export const hours = computed<HoursView | null>(() => {
  const h = snapshot.value?.hours;
  return h && typeof h.issuing === 'boolean' ? h : null;
});

/** Numbers are issued now (an older server without hours: always). */
export const issuingNow = computed(() => hours.value?.issuing !== false);

/** A service issues now (an older server without `issuing`: when enabled). */
export const serviceIssuing = (s: Pick<ServiceView, 'enabled' | 'issuing'>): boolean => s.enabled && s.issuing !== false && issuingNow.value;

/** The server's own words when it refused a ticket (OFFICE_CLOSED), for when the hours on screen still said open. */
export const refusal = signal<{ vi: string; en: string } | null>(null);

onGoHome(() => { refusal.value = null; });

/** Splits an API message "Vietnamese / English" into its two halves. */
export function splitMessage(message: string): { vi: string; en: string } {
  const at = message.indexOf(' / ');
  return at < 0 ? { vi: message, en: message } : { vi: message.slice(0, at), en: message.slice(at + 3) };
}
