/** What a counter screen needs to call: its calling order from the core (never sorted again) and the no-shows it may call back. */
import { DEFAULT_CALL_BACK_MINUTES } from '../core/decide';
import { noShowTickets, queueOrders, type QueueState } from '../core';
import type { NoShowView, StaffQueuesView } from '../contract';

/** Each counter's calling order and today's no-shows with the time until which they may be called back. */
export function staffQueuesView(s: QueueState): StaffQueuesView {
  const minutes = s.setup?.noShowCallBackMinutes ?? DEFAULT_CALL_BACK_MINUTES;
  const noShows: NoShowView[] = minutes <= 0 ? [] : noShowTickets(s)
    .filter((t) => t.status === 'noShow' && t.finishedAt !== null)
    .map((t) => ({ id: t.id, number: t.number, serviceId: t.serviceId, priority: t.priority, counterId: t.counterId, at: t.finishedAt!, until: t.finishedAt! + minutes * 60_000 }))
    .sort((a, b) => b.at - a.at);
  return { callOrders: queueOrders(s).byCounter, noShows };
}
