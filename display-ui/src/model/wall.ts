/** What the wall display shows, derived from the live snapshot: the current call, counters, queues, results, notices. */
import { computed, signal } from '@preact/signals';
import type { CallView, CounterView } from '@motcua/server/contract';
import { snapshot } from '../../../ui-shared/src/connection';
import { announcing } from './announcer';

/** A dossier whose result waits at the office: code and masked name only (Nghị định 13/2023). */
export interface ReadyDossier { code: string; applicant: string; procedureName: string; resolvedDate: string | null }

/** Results ready for pick-up, polled from /api/dossiers/ready; empty hides the board. */
export const readyDossiers = signal<ReadyDossier[]>([]);

/** The big call: the one being announced, else the latest. */
export const nowCalling = computed<CallView | null>(() => announcing.value ?? snapshot.value?.calls[0] ?? null);

/** The calls under the big one: latest per counter, newest first, the big one excluded. */
export const recentCalls = computed<CallView[]>(() => {
  const seen = new Set<string>();
  const out: CallView[] = [];
  for (const c of snapshot.value?.calls ?? []) {
    if (seen.has(c.counterId)) continue;
    seen.add(c.counterId);
    if (c.seq !== nowCalling.value?.seq) out.push(c);
  }
  return out.slice(0, 6);
});

/** The counters in config order. */
export const counters = computed<CounterView[]>(() => snapshot.value?.counters ?? []);

/** Services people can queue for, with their waiting counts. */
export const waitingServices = computed(() => (snapshot.value?.services ?? []).filter((s) => s.enabled));

/** The scrolling notice line. */
export const notices = computed(() => snapshot.value?.notices ?? []);

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
