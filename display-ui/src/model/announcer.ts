/**
 * The voice queue of the wall display. The screen is the truth and the voice follows it: the screen shows
 * every call at once (model/wall.ts), and this queue only decides what is still worth saying, one call
 * after the other. A queued call is dropped when its ticket is no longer called (served, finished, no-show,
 * called again elsewhere, or its counter has called someone else); a recall replaces its queued call; the
 * backlog is bounded (voice.maxBacklog: past it the oldest are not said, the screen still shows them).
 * The last announced seq is kept in localStorage, so a reload, a server restart or a network cut neither
 * repeats a call nor misses one.
 */
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { CallView, CounterView, Snapshot } from '@motcua/server/contract';
import type { Player, PlayResult } from './player';

const LAST_KEY = 'motcua.display.lastAnnouncedSeq';
/** Calls older than this when a snapshot arrives are shown but not announced (no morning backlog). */
const ANNOUNCE_WINDOW_MS = 2 * 60_000;
/** The backlog when the server sends none (an older server). */
const DEFAULT_MAX_BACKLOG = 4;

/** One announcement as it happened, for the tests and the bench (window.__announced). */
interface Announced { seq: number; number: string; counterNumber: number; start: number; end: number; startedAt: number; audio: PlayResult }
/** Why a queued call was not said, for the tests (window.__voiceDropped). */
export interface Dropped { seq: number; number: string; reason: 'notCalled' | 'replaced' | 'backlog' }
/** Where the queue reports what it did, for the browser tests and the bench (the page's window; a plain object in unit tests). */
export interface VoiceProbe { __announced?: Announced[]; __voiceDropped?: Dropped[]; __voiceBacklogMax?: number; __voiceSnapshots?: number; __voicePending?: () => number }

/** What the voice queue reads outside: the live snapshot, where the last said seq is kept, the clocks, timers and the player. */
export interface VoiceDeps {
  snapshot: ReadonlySignal<Snapshot | null>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  now(): number;
  /** A monotonic clock for the announcement's start and end (performance.now()). */
  perfNow(): number;
  setTimeout(f: () => void, ms: number): unknown;
  player: Pick<Player, 'playCall'>;
  probe: VoiceProbe;
}

type Voice = Snapshot['voice'];
interface Queued { call: CallView; seen: boolean }

/** True while the counter shows this call's ticket as called (not yet served, finished or moved on). */
function stillCalled(call: CallView, counters: readonly CounterView[]): boolean {
  const c = counters.find((x) => x.id === call.counterId);
  // By number: public views carry no ticket ids, and a number is unique in a service-day.
  return !!c && c.current?.number === call.number && c.current.status === 'called';
}

/** The calls of a snapshot that still need announcing: newer than the last announced, recent, the last few. */
function callsToAnnounce(calls: CallView[], last: number, serverTime: number, max = DEFAULT_MAX_BACKLOG): CallView[] {
  return calls
    .filter((c) => c.seq > last && serverTime - c.at <= ANNOUNCE_WINDOW_MS)
    .sort((a, b) => a.seq - b.seq)
    .slice(-max);
}

/** Makes the wall's voice queue; start() follows the counters, dispose() stops that (tests). */
export function createVoiceQueue(deps: VoiceDeps) {
  const { snapshot, storage, probe } = deps;
  /** The call being announced right now, or null. */
  const announcing = signal<CallView | null>(null);
  /** True when the browser refused to play sound without a gesture: a small corner notice until a key or a touch. */
  const needsGesture = signal(false);
  const queue: Queued[] = [];
  let running = false;
  let voice: Voice = { enabled: true, repeat: 1, volume: 1, maxBacklog: DEFAULT_MAX_BACKLOG };
  const log: Announced[] = (probe.__announced ??= []);
  const dropped: Dropped[] = (probe.__voiceDropped ??= []);
  const lastSeq = (): number => Number(storage.getItem(LAST_KEY) ?? 0) || 0;
  const maxBacklog = () => Math.max(1, voice.maxBacklog ?? DEFAULT_MAX_BACKLOG);

  /** Takes new voice settings (snapshot or an admin's change pushed as 'setup'): they apply from the next call. */
  function setVoice(v: Voice | undefined): void {
    if (v) voice = v;
  }

  /** Takes a (re)connect snapshot: voice settings, then whatever was missed. */
  function onSnapshot(s: Snapshot): void {
    queueSnapshot(s);
    // For the tests: a snapshot has been taken in, so "nothing is queued" can be checked right after it.
    probe.__voiceSnapshots = (probe.__voiceSnapshots ?? 0) + 1;
  }

  function queueSnapshot(s: Snapshot): void {
    setVoice(s.voice);
    // A journal that is behind our mark was replaced (new data folder): start over.
    if (s.seq < lastSeq()) storage.setItem(LAST_KEY, '0');
    // A screen switched on for the first time starts from now: it does not replay calls made before it existed.
    if (storage.getItem(LAST_KEY) === null) {
      storage.setItem(LAST_KEY, String(Math.max(0, ...s.calls.map((c) => c.seq))));
      return;
    }
    for (const c of callsToAnnounce(s.calls, lastSeq(), s.serverTime, maxBacklog())) enqueue(c);
  }

  /** Takes a live call (a call or a recall: a recall has its own seq, so it is announced again). */
  function onCall(c: CallView): void {
    if (c.seq > lastSeq()) enqueue(c);
  }

  function drop(i: number, reason: Dropped['reason']): void {
    const [q] = queue.splice(i, 1);
    if (q) dropped.push({ seq: q.call.seq, number: q.call.number, reason });
  }

  /** Drops the queued calls the counters show as no longer called; marks those they show as called. */
  function prune(counters: readonly CounterView[]): void {
    for (let i = queue.length - 1; i >= 0; i--) {
      const q = queue[i]!;
      // The 'counter' delta may arrive just after its 'call': only a call once seen as called can be seen to end.
      if (stillCalled(q.call, counters)) q.seen = true;
      else if (q.seen) drop(i, 'notCalled');
    }
  }

  function enqueue(c: CallView): void {
    if (queue.some((q) => q.call.seq === c.seq)) return;
    // A recall, or the same ticket called at another counter, replaces its queued call; so does the counter's next call.
    for (let i = queue.length - 1; i >= 0; i--) {
      const q = queue[i]!.call;
      if (q.number === c.number || q.counterId === c.counterId) drop(i, 'replaced');
    }
    queue.push({ call: c, seen: stillCalled(c, snapshot.value?.counters ?? []) });
    queue.sort((a, b) => a.call.seq - b.call.seq);
    while (queue.length > maxBacklog()) drop(0, 'backlog');
    probe.__voiceBacklogMax = Math.max(probe.__voiceBacklogMax ?? 0, queue.length);
    // Next task, not now: the audio element is made after Preact has put the call on screen.
    deps.setTimeout(() => void drain(), 0);
  }

  /** Calls queued or being said (0: the voice has nothing more to say until a new call or snapshot). */
  const pending = () => queue.length + (running ? 1 : 0);
  probe.__voicePending = pending;

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (let q = queue.shift(); q; q = queue.shift()) {
        const c = q.call;
        if (c.seq <= lastSeq()) continue;
        const counters = snapshot.value?.counters ?? [];
        if (q.seen && !stillCalled(c, counters)) { dropped.push({ seq: c.seq, number: c.number, reason: 'notCalled' }); continue; }
        // Marked when it starts: a reload halfway through must not say it again.
        storage.setItem(LAST_KEY, String(c.seq));
        announcing.value = c;
        const start = deps.perfNow();
        const startedAt = deps.now();
        const audio = await deps.player.playCall(c, voice, () => { needsGesture.value = true; });
        // Heard: the browser plays sound now, so the "no sound" notice is no longer true.
        if (audio === 'played') needsGesture.value = false;
        log.push({ seq: c.seq, number: c.number, counterNumber: c.counterNumber, start, end: deps.perfNow(), startedAt, audio });
      }
    } finally {
      announcing.value = null;
      running = false;
    }
  }

  let stop: (() => void) | null = null;
  /** Follows the counters from the live snapshot, so the queue forgets calls the room has moved past. */
  function start(): void {
    let last: readonly CounterView[] | null = null;
    stop = effect(() => {
      const counters = snapshot.value?.counters ?? null;
      if (!counters || counters === last) return;
      last = counters;
      prune(counters);
    });
  }

  return { announcing, needsGesture, setVoice, onSnapshot, onCall, pending, start, dispose: () => stop?.() };
}
