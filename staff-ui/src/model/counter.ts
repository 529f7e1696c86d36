/** The counter screen's model: which counter, what it serves, what waits, and the actions with their results. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CounterAction, CounterActionInput, CounterActionResult, CounterView, NoShowView, Snapshot, TicketView, WaitingTicketView } from '@motcua/server/contract';
import type { Session } from './session';
import { errorWords } from './session';

export type Dialog = null | 'transfer' | 'pause' | 'pick';

/** What the counter screen needs: the counter named in the address, a way to put another there, the snapshot, the clock, the session. */
export interface CounterDeps {
  /** `?counter=` of the address when the page opened. */
  counterId: string | null;
  /** Keeps the chosen counter in the address bar (a reload reopens it). */
  rememberCounter(id: string): void;
  snapshot: ReadonlySignal<Snapshot | null>;
  now: ReadonlySignal<number>;
  session: Pick<Session, 'emitAck' | 'user'>;
}

const DONE: Record<string, (t: TicketView | null) => string> = {
  open: () => 'Đã mở quầy', close: () => 'Đã đóng quầy',
  callNext: (t) => `Đã gọi số ${t?.number ?? ''}`, call: (t) => `Đã gọi số ${t?.number ?? ''}`, callBack: (t) => `Đã gọi lại số vắng mặt ${t?.number ?? ''}`, recall: (t) => `Đã gọi lại số ${t?.number ?? ''}`,
  noShow: (t) => `Số ${t?.number ?? ''} vắng mặt`, complete: (t) => `Đã hoàn thành số ${t?.number ?? ''}`,
  transfer: (t) => `Đã chuyển số ${t?.number ?? ''}`, pause: () => 'Quầy đã tạm dừng', resume: () => 'Quầy đã tiếp tục', startServing: () => 'Bắt đầu phục vụ',
};

/** The counter screen's model. */
export function createCounter({ snapshot, now, session, rememberCounter, ...deps }: CounterDeps) {
  const counterId = signal<string | null>(deps.counterId);
  const dialog = signal<Dialog>(null);
  const busy = signal(false);
  /** The last action's outcome, shown in a live region. */
  const result = signal<{ ok: boolean; text: string } | null>(null);

  const counter = computed<CounterView | null>(() => snapshot.value?.counters.find((c) => c.id === counterId.value) ?? null);
  const serviceName = (id: string) => snapshot.value?.services.find((s) => s.id === id)?.name ?? id;
  const priorityName = (id: string | null) => (id ? snapshot.value?.priorities.find((p) => p.id === id)?.name ?? id : null);

  /** Waiting tickets this counter may call, in the order the server says it will call them (the screen never sorts). */
  const myWaiting = computed<WaitingTicketView[]>(() => {
    const c = counter.value;
    const order = c ? snapshot.value?.queues?.callOrders[c.id] : undefined;
    if (!order) return [];
    const byId = new Map((snapshot.value?.waiting ?? []).map((t) => [t.id, t]));
    return order.map((id) => byId.get(id)).filter((t): t is WaitingTicketView => !!t);
  });

  /** Citizens marked absent today at a counter serving the same services, who may still be called back here. */
  const myNoShows = computed<NoShowView[]>(() => {
    const c = counter.value;
    const at = now.value;
    return c ? (snapshot.value?.queues?.noShows ?? []).filter((t) => c.services.includes(t.serviceId) && t.until > at) : [];
  });

  /** Per service this counter serves: how many wait and the next few numbers. */
  const waitingByService = computed(() => (counter.value?.services ?? []).map((id) => {
    const list = myWaiting.value.filter((t) => t.serviceId === id);
    return { id, name: serviceName(id), count: list.length, next: list.slice(0, 5) };
  }));

  /** Whether this staff member holds the counter. */
  const mine = computed(() => !!counter.value?.staff && counter.value.staff.username === session.user.value?.username);

  /** Runs a counter action over the socket and shows its outcome in words. */
  async function act<A extends CounterAction>(action: A, extra: Omit<CounterActionInput<A>, 'counterId'> | Record<string, never> = {}): Promise<boolean> {
    const id = counterId.value;
    if (!id || busy.value) return false;
    busy.value = true;
    const ack = await session.emitAck<CounterActionResult>(`counter:${action}`, { counterId: id, ...extra });
    busy.value = false;
    result.value = ack.ok ? { ok: true, text: DONE[action]?.(ack.data.ticket) ?? 'Xong' } : { ok: false, text: errorWords(ack.error) };
    if (ack.ok) dialog.value = null;
    return ack.ok;
  }

  let opened: string | null = null;
  /** Opens the chosen counter for this staff member once, when it is closed (signing in to the counter). */
  async function openIfClosed(): Promise<void> {
    const c = counter.value;
    if (!c || opened === c.id || c.status !== 'closed') return;
    opened = c.id;
    await act('open');
  }

  /** Picks a counter (kept in the address bar) and opens it for this staff member. */
  async function chooseCounter(id: string): Promise<void> {
    counterId.value = id;
    rememberCounter(id);
    opened = null;
    await openIfClosed();
  }

  return { counterId, dialog, busy, result, counter, serviceName, priorityName, myWaiting, myNoShows, waitingByService, mine, act, openIfClosed, chooseCounter };
}

export type CounterModel = ReturnType<typeof createCounter>;
