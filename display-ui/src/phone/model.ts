/** The phone view's model: one followed ticket, its state, and the alert when it is called. */
import { computed, signal } from '@preact/signals';
import type { TicketView } from '@motcua/server/contract';
import { statusWords, words } from './words';

/** The followed ticket, as last told by the server. */
export const ticket = signal<TicketView | null>(null);
/** The server does not know this id. */
export const notFound = signal(false);
export const online = signal(false);
/** Notification permission: 'default' shows the button. */
export const permission = signal<NotificationPermission | 'unsupported'>(typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

/** The headline for the ticket's state, in the language shown. */
export const statusText = computed(() => (ticket.value ? statusWords(ticket.value) : ''));

const alertedKey = (t: TicketView) => `motcua.alerted.${t.id}.${t.calledAt ?? 0}`;

/** Takes a new view of the ticket; alerts (vibration, notification) once per call. */
export function receiveTicket(t: TicketView): void {
  ticket.value = t;
  notFound.value = false;
  if (t.status !== 'called' || !t.counter) return;
  // Once per call (a recall changes calledAt), even across reloads and reconnects.
  if (localStorage.getItem(alertedKey(t))) return;
  localStorage.setItem(alertedKey(t), '1');
  const w = words();
  const text = w.alert(t.number, t.counter.number);
  navigator.vibrate?.([400, 200, 400, 200, 800]);
  if (permission.value === 'granted') {
    try { new Notification(w.alertTitle, { body: text, tag: t.id }); } catch { /* Android needs a service worker: vibration is enough */ }
  }
  (window as unknown as { __alerts?: string[] }).__alerts?.push(text);
}

/** Asks for notification permission (after a tap: browsers refuse otherwise). */
export async function askPermission(): Promise<void> {
  if (typeof Notification === 'undefined') return;
  permission.value = await Notification.requestPermission();
}
