/** What the wall display shows, derived from the live snapshot: the current call, counters, queues, results, notices. */
import { computed, signal } from '@preact/signals';
import type { CallView, CounterView, ReadyDossierView } from '@motcua/server/contract';
import { snapshot } from '../../../ui-shared/src/connection';
import { announcing } from './announcer';
import { closedNotice } from './hours';

/** A dossier whose result waits at the office: code and masked name only (Nghị định 13/2023). */
export type ReadyDossier = ReadyDossierView;

/** Results ready for pick-up, polled from /api/dossiers/ready; empty hides the board. */
export const readyDossiers = signal<ReadyDossier[]>([]);

// Each list is taken from the snapshot once, by reference: a delta that replaces the snapshot but not
// this list (a 'call' leaves counters alone) stops here, and the components reading it do not re-render.
const EMPTY: never[] = [];
const calls = computed<CallView[]>(() => snapshot.value?.calls ?? EMPTY);
const services = computed(() => snapshot.value?.services ?? EMPTY);

/** True once the first snapshot is in: the wall shows its layout instead of "Đang kết nối…". */
export const hasSnapshot = computed(() => snapshot.value !== null);

/** The office's name for the top bar. */
export const officeName = computed(() => snapshot.value?.office.name ?? 'Bộ phận Một cửa');

/** The big call: the one being announced, else the latest. */
export const nowCalling = computed<CallView | null>(() => announcing.value ?? calls.value[0] ?? null);

/** The big "now calling" area gives way to the closed-office notice when the office is closed and nothing is being said. */
export const showsNowCalling = computed(() => closedNotice.value === null || announcing.value !== null);

/** The calls under the big one: latest per counter, newest first, the big one excluded (when it is shown). */
export const recentCalls = computed<CallView[]>(() => {
  const seen = new Set<string>();
  const out: CallView[] = [];
  const big = showsNowCalling.value ? nowCalling.value?.seq : undefined;
  for (const c of calls.value) {
    if (seen.has(c.counterId)) continue;
    seen.add(c.counterId);
    if (c.seq !== big) out.push(c);
  }
  return out.slice(0, 6);
});

/** The counters in config order. */
export const counters = computed<CounterView[]>(() => snapshot.value?.counters ?? EMPTY);

/** Services people can queue for, with their waiting counts. */
export const waitingServices = computed(() => services.value.filter((s) => s.enabled));

/** The scrolling notice line. */
export const notices = computed(() => snapshot.value?.notices ?? EMPTY);

/** One counter by id (counter mode). */
export const counterById = (id: string) => computed(() => counters.value.find((c) => c.id === id) ?? null);

/** Fetches the ready-for-pick-up list now and every minute; a missing store just hides the board. */
export function startReadyBoard(): void {
  const load = async () => {
    try {
      const res = await fetch('/api/dossiers/ready');
      readyDossiers.value = res.ok ? ((await res.json()) as ReadyDossier[]) : [];
    } catch { /* offline: keep what we had */ }
  };
  void load();
  setInterval(() => void load(), 60_000);
}
