/** The phone view's model: one followed ticket, its state, and the alert when it is called. */
import { computed, signal } from '@preact/signals';
import type { TicketView } from '@motcua/server/contract';

/** The followed ticket, as last told by the server. */
export const ticket = signal<TicketView | null>(null);
/** The server does not know this id. */
export const notFound = signal(false);
export const online = signal(false);
/** Notification permission: 'default' shows the button. */
export const permission = signal<NotificationPermission | 'unsupported'>(typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

/** The headline for the ticket's state. */
export const statusText = computed(() => {
  const t = ticket.value;
  if (!t) return '';
  switch (t.status) {
    case 'waiting': return t.ahead === 0 ? 'Sắp đến lượt bạn' : 'Đang chờ';
    case 'called': return t.counter ? `Mời bạn đến Quầy số ${t.counter.number}` : 'Đã đến lượt bạn';
    case 'serving': return t.counter ? `Đang được phục vụ tại Quầy số ${t.counter.number}` : 'Đang được phục vụ';
    case 'done': return 'Đã hoàn thành. Cảm ơn bạn!';
    case 'noShow': return 'Số đã bị bỏ qua vì vắng mặt. Vui lòng liên hệ quầy.';
    case 'cancelled': return 'Số đã bị hủy';
    case 'expired': return 'Số đã hết hạn (ngày làm việc đã kết thúc)';
  }
});

const alertedKey = (t: TicketView) => `motcua.alerted.${t.id}.${t.calledAt ?? 0}`;

/** Takes a new view of the ticket; alerts (vibration, notification) once per call. */
export function receiveTicket(t: TicketView): void {
  ticket.value = t;
  notFound.value = false;
  if (t.status !== 'called' || !t.counter) return;
  // Once per call (a recall changes calledAt), even across reloads and reconnects.
  if (localStorage.getItem(alertedKey(t))) return;
  localStorage.setItem(alertedKey(t), '1');
  const text = `Số ${t.number}: mời bạn đến Quầy số ${t.counter.number}`;
  navigator.vibrate?.([400, 200, 400, 200, 800]);
  if (permission.value === 'granted') {
    try { new Notification('Đến lượt bạn', { body: text, tag: t.id }); } catch { /* Android needs a service worker: vibration is enough */ }
  }
  (window as unknown as { __alerts?: string[] }).__alerts?.push(text);
}

/** Asks for notification permission (after a tap: browsers refuse otherwise). */
export async function askPermission(): Promise<void> {
  if (typeof Notification === 'undefined') return;
  permission.value = await Notification.requestPermission();
}
