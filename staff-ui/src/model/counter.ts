/** The counter screen's model: which counter, what it serves, what waits, and the actions with their results. */
import { computed, signal } from '@preact/signals';
import type { CounterAction, CounterActionInput, CounterView, NoShowView, TicketView, WaitingTicketView } from '@motcua/server/contract';
import { snapshot } from '../../../ui-shared/src/connection';
import { now } from './clock';
import { emitAck, errorWords, user } from './session';

export type Dialog = null | 'transfer' | 'pause' | 'pick';
export const counterId = signal<string | null>(new URLSearchParams(location.search).get('counter'));
export const dialog = signal<Dialog>(null);
export const busy = signal(false);
/** The last action's outcome, shown in a live region. */
export const result = signal<{ ok: boolean; text: string } | null>(null);

export const counter = computed<CounterView | null>(() => snapshot.value?.counters.find((c) => c.id === counterId.value) ?? null);
export const serviceName = (id: string) => snapshot.value?.services.find((s) => s.id === id)?.name ?? id;
export const priorityName = (id: string | null) => (id ? snapshot.value?.priorities.find((p) => p.id === id)?.name ?? id : null);

/** Waiting tickets this counter may call, in the order the server says it will call them (the screen never sorts). */
export const myWaiting = computed<WaitingTicketView[]>(() => {
  const c = counter.value;
  const order = c ? snapshot.value?.queues?.callOrders[c.id] : undefined;
  if (!order) return [];
  const byId = new Map((snapshot.value?.waiting ?? []).map((t) => [t.id, t]));
  return order.map((id) => byId.get(id)).filter((t): t is WaitingTicketView => !!t);
});

/** Citizens marked absent today at a counter serving the same services, who may still be called back here. */
export const myNoShows = computed<NoShowView[]>(() => {
  const c = counter.value;
  const at = now.value;
  return c ? (snapshot.value?.queues?.noShows ?? []).filter((t) => c.services.includes(t.serviceId) && t.until > at) : [];
});

/** Per service this counter serves: how many wait and the next few numbers. */
export const waitingByService = computed(() => (counter.value?.services ?? []).map((id) => {
  const list = myWaiting.value.filter((t) => t.serviceId === id);
  return { id, name: serviceName(id), count: list.length, next: list.slice(0, 5) };
}));

/** Picks a counter (kept in the address bar) and opens it for this staff member. */
export async function chooseCounter(id: string): Promise<void> {
  counterId.value = id;
  const url = new URL(location.href);
  url.searchParams.set('counter', id);
  history.replaceState(null, '', url.toString());
  opened = null;
  await openIfClosed();
}

let opened: string | null = null;
/** Opens the chosen counter for this staff member once, when it is closed (signing in to the counter). */
export async function openIfClosed(): Promise<void> {
  const c = counter.value;
  if (!c || opened === c.id || c.status !== 'closed') return;
  opened = c.id;
  await act('open');
}

const DONE: Record<string, (t: TicketView | null) => string> = {
  open: () => 'Đã mở quầy', close: () => 'Đã đóng quầy',
  callNext: (t) => `Đã gọi số ${t?.number ?? ''}`, call: (t) => `Đã gọi số ${t?.number ?? ''}`, callBack: (t) => `Đã gọi lại số vắng mặt ${t?.number ?? ''}`, recall: (t) => `Đã gọi lại số ${t?.number ?? ''}`,
  noShow: (t) => `Số ${t?.number ?? ''} vắng mặt`, complete: (t) => `Đã hoàn thành số ${t?.number ?? ''}`,
  transfer: (t) => `Đã chuyển số ${t?.number ?? ''}`, pause: () => 'Quầy đã tạm dừng', resume: () => 'Quầy đã tiếp tục', startServing: () => 'Bắt đầu phục vụ',
};

/** Runs a counter action over the socket and shows its outcome in words. */
export async function act<A extends CounterAction>(action: A, extra: Omit<CounterActionInput<A>, 'counterId'> | Record<string, never> = {}): Promise<boolean> {
  const id = counterId.value;
  if (!id || busy.value) return false;
  busy.value = true;
  const ack = await emitAck<{ ticket: TicketView | null; counter: CounterView }>(`counter:${action}`, { counterId: id, ...extra });
  busy.value = false;
  result.value = ack.ok ? { ok: true, text: DONE[action]?.(ack.data.ticket) ?? 'Xong' } : { ok: false, text: errorWords(ack.error) };
  if (ack.ok) dialog.value = null;
  return ack.ok;
}

/** Whether this staff member holds the counter. */
export const mine = computed(() => !!counter.value?.staff && counter.value.staff.username === user.value?.username);
