/** What the wall display shows, derived from the live snapshot: the current call, counters, queues, results, notices. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CallView, CounterView, ReadyDossierView, Snapshot } from '@motcua/server/contract';
import type { ClosedNotice } from './hours';
import { OTHER_AGENCIES } from './agencies';

/** A dossier whose result waits at the office: code and masked name only (Nghị định 13/2023). */
export type ReadyDossier = ReadyDossierView;

const EMPTY: never[] = [];
/** Most calls under the big one: the latest of the other counters; every counter's number is on its tile too. */
const RECENT_MAX = 6;

/** What the wall reads: the live snapshot, the call being said (voice queue) and the closed-office notice (hours). */
export interface WallDeps {
  snapshot: ReadonlySignal<Snapshot | null>;
  announcing: ReadonlySignal<CallView | null>;
  closedNotice: ReadonlySignal<ClosedNotice | null>;
}

/** Makes what the wall shows from the live snapshot. */
export function createWall({ snapshot, announcing, closedNotice }: WallDeps) {
  /** Results ready for pick-up, pushed by the server ('ready') when the dossier store changes; empty hides the board. */
  const readyDossiers = signal<ReadyDossier[]>([]);

  // Each list is taken from the snapshot once, by reference: a delta that replaces the snapshot but not
  // this list (a 'call' leaves counters alone) stops here, and the components reading it do not re-render.
  const calls = computed<CallView[]>(() => snapshot.value?.calls ?? EMPTY);
  const services = computed(() => snapshot.value?.services ?? EMPTY);

  /** The counters in config order. */
  const counters = computed<CounterView[]>(() => snapshot.value?.counters ?? EMPTY);

  /** True once the first snapshot is in: the wall shows its layout instead of "Đang kết nối…". */
  const hasSnapshot = computed(() => snapshot.value !== null);

  /** The office's name for the top bar. */
  const officeName = computed(() => snapshot.value?.office.name ?? 'Bộ phận Một cửa');

  /** The big call: always the latest call made, at once (the voice follows the screen, never the other way). */
  const nowCalling = computed<CallView | null>(() => calls.value[0] ?? null);

  /** The big "now calling" area gives way to the closed-office notice when the office is closed and nothing is being said. */
  const showsNowCalling = computed(() => closedNotice.value === null || announcing.value !== null);

  /**
   * The calls under the big one: latest per counter, newest first, the big one excluded (when it is shown).
   * A ticket that is finished or a no-show (its counter no longer holds it) leaves the list.
   */
  const recentCalls = computed<CallView[]>(() => {
    const seen = new Set<string>();
    const out: CallView[] = [];
    const big = showsNowCalling.value ? nowCalling.value?.seq : undefined;
    const holding = new Map(counters.value.map((c) => [c.id, c.current?.number ?? null]));
    for (const c of calls.value) {
      if (seen.has(c.counterId)) continue;
      seen.add(c.counterId);
      if (c.seq !== big && holding.get(c.counterId) === c.number) out.push(c);
    }
    return out.slice(0, RECENT_MAX);
  });

  /** Services people can queue for, with their waiting counts. */
  const waitingServices = computed(() => services.value.filter((s) => s.enabled));

  /** The scrolling notice line. */
  const notices = computed(() => snapshot.value?.notices ?? EMPTY);

  /** One counter by id (counter mode). */
  const counterById = (id: string) => computed(() => counters.value.find((c) => c.id === id) ?? null);

  /** Takes the server's ready list ('ready'); a bad payload keeps what the board had. */
  function setReady(list: unknown): void {
    if (Array.isArray(list)) readyDossiers.value = list as ReadyDossier[];
  }

  /**
   * Counters grouped by agency: a counter's agency is the first service it serves. Grouped only where the
   * office has agencies, i.e. some agency holds two counters or more (a provincial centre); else one plain list.
   */
  const counterGroups = computed<Array<{ name: string | null; counters: CounterView[] }>>(() => {
    const list = counters.value;
    const names = new Map(services.value.map((s) => [s.id, s.name]));
    const byAgency = new Map<string, CounterView[]>();
    for (const c of list) {
      const key = c.services[0] ?? '';
      byAgency.set(key, [...(byAgency.get(key) ?? []), c]);
    }
    if (![...byAgency.values()].some((g) => g.length > 1) || byAgency.size < 2) return [{ name: null, counters: list }];
    // Agencies with one counter each share the rows of one "Các cơ quan khác" run (each tile names its agency).
    const out: Array<{ name: string | null; counters: CounterView[]; others?: true }> = [];
    for (const [id, cs] of byAgency) {
      const last = out.at(-1);
      if (cs.length > 1) out.push({ name: names.get(id) ?? id, counters: cs });
      else if (last?.others) last.counters.push(...cs);
      else out.push({ name: OTHER_AGENCIES, counters: [...cs], others: true });
    }
    return out;
  });

  return {
    readyDossiers, setReady, counters, hasSnapshot, officeName, nowCalling, showsNowCalling, recentCalls,
    waitingServices, notices, counterById, counterGroups,
  };
}
