/** The rating tablet's model: paired counter, the number served there, and the ask -> reasons -> thanks flow. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Principal, RatingAsk, Snapshot } from '@motcua/server/contract';
import type { ScreenSocket } from '../../../ui-shared/src/connection';
import { errorWords, type Session } from './session';

export type Step = 'idle' | 'ask' | 'reasons' | 'thanks';

/** What the tablet needs: the snapshot, its device token, the REST calls, its socket and timers. */
export interface RatingDeps {
  snapshot: ReadonlySignal<Snapshot | null>;
  deviceToken(role: 'counter'): Promise<string | null>;
  api: Session['api'];
  openSocket(token: string | null): Pick<ScreenSocket, 'on'>;
  timers: { setInterval(fn: () => void, ms: number): unknown; clearInterval(id: unknown): void };
}

/** The rating tablet's model; start(counterId) pairs it and listens for 'rating:ask'. */
export function createRating({ snapshot, deviceToken, api, openSocket, timers }: RatingDeps) {
  const counterId = signal('');
  const pairedTo = signal<string | null | undefined>(undefined);
  const step = signal<Step>('idle');
  const asking = signal<RatingAsk | null>(null);
  const chosen = signal<string | null>(null);
  const reasons = signal<string[]>([]);
  const error = signal<string | null>(null);
  const secondsLeft = signal(0);
  let devToken: string | null = null;
  let timer: unknown;

  const counter = computed(() => snapshot.value?.counters.find((c) => c.id === counterId.value) ?? null);
  const scale = computed(() => snapshot.value?.rating.scale ?? 'three');
  const lowReasons = computed(() => snapshot.value?.rating.lowReasons ?? []);

  /** The levels to offer, best first; `low` ones ask for reasons. */
  const levels = computed(() => scale.value === 'five'
    ? ['5', '4', '3', '2', '1'].map((k) => ({ key: k, label: `${k} sao`, low: Number(k) <= 2, tone: Number(k) >= 4 ? 'good' : Number(k) === 3 ? 'ok' : 'bad' }))
    : [
      { key: 'rat_hai_long', label: 'Rất hài lòng', low: false, tone: 'good' },
      { key: 'hai_long', label: 'Hài lòng', low: false, tone: 'ok' },
      { key: 'chua_hai_long', label: 'Chưa hài lòng', low: true, tone: 'bad' },
    ]);

  function countdown(seconds: number, then: () => void): void {
    timers.clearInterval(timer);
    secondsLeft.value = seconds;
    timer = timers.setInterval(() => {
      secondsLeft.value -= 1;
      if (secondsLeft.value <= 0) { timers.clearInterval(timer); then(); }
    }, 1000);
  }

  const reset = () => { step.value = 'idle'; asking.value = null; chosen.value = null; reasons.value = []; error.value = null; };

  /** Pairs with the counter token and listens for finished tickets at this counter. */
  async function start(id: string): Promise<void> {
    counterId.value = id;
    devToken = await deviceToken('counter');
    const me = devToken ? await api<Principal>('GET', '/api/auth/me', undefined, devToken) : null;
    pairedTo.value = me?.ok && me.data.kind === 'device' ? me.data.counterId ?? null : null;
    const socket = openSocket(devToken);
    socket.on('rating:ask', (a) => {
      if (a.counterId !== counterId.value) return;
      reset();
      asking.value = a;
      step.value = 'ask';
      countdown(snapshot.value?.rating.timeoutSeconds ?? 30, reset);
    });
  }

  async function send(level: string, why: string[]): Promise<void> {
    const a = asking.value;
    if (!a) return;
    const r = await api('POST', '/api/ratings', { ticketId: a.ticketId, level, reasons: why }, devToken);
    // Too late, or another citizen has finished since: say so and go back to waiting (the server decides who may rate).
    if (!r.ok && r.error.code !== 'ALREADY_RATED') { error.value = errorWords(r.error); step.value = 'idle'; countdown(5, reset); return; }
    step.value = 'thanks';
    countdown(5, reset);
  }

  /** The citizen tapped a level: low ones ask for reasons first. */
  function choose(level: string): void {
    const def = levels.value.find((l) => l.key === level);
    chosen.value = level;
    if (def?.low && lowReasons.value.length) {
      step.value = 'reasons';
      countdown(snapshot.value?.rating.timeoutSeconds ?? 30, () => void send(level, reasons.value));
    } else void send(level, []);
  }

  /** Toggles one reason. */
  function toggleReason(r: string): void {
    reasons.value = reasons.value.includes(r) ? reasons.value.filter((x) => x !== r) : [...reasons.value, r];
  }

  /** Sends the rating with the reasons picked (none is fine). */
  function submitReasons(): void {
    if (chosen.value) void send(chosen.value, reasons.value);
  }

  return { counterId, pairedTo, step, asking, chosen, reasons, error, secondsLeft, counter, scale, lowReasons, levels, start, choose, toggleReason, submitReasons };
}
