/**
 * The voice queue of the wall display. The screen is the truth and the voice follows it: the screen shows
 * every call at once (model/wall.ts), and this queue only decides what is still worth saying, one call
 * after the other. A queued call is dropped when its ticket is no longer called (served, finished, no-show,
 * called again elsewhere, or its counter has called someone else); a recall replaces its queued call; the
 * backlog is bounded (voice.maxBacklog: past it the oldest are not said, the screen still shows them).
 * The last announced seq is kept in localStorage, so a reload, a server restart or a network cut neither
 * repeats a call nor misses one.
 */
import { effect, signal } from '@preact/signals';
import type { CallView, CounterView, Snapshot } from '@motcua/server/contract';
import { snapshot } from '../../../ui-shared/src/connection';
import { playCall, type PlayResult } from './player';

const LAST_KEY = 'motcua.display.lastAnnouncedSeq';
/** Calls older than this when a snapshot arrives are shown but not announced (no morning backlog). */
export const ANNOUNCE_WINDOW_MS = 2 * 60_000;
/** The backlog when the server sends none (an older server). */
export const DEFAULT_MAX_BACKLOG = 4;

/** One announcement as it happened, for the tests and the bench (window.__announced). */
export interface Announced { seq: number; number: string; counterNumber: number; start: number; end: number; startedAt: number; audio: PlayResult }
/** Why a queued call was not said, for the tests (window.__voiceDropped). */
export interface Dropped { seq: number; number: string; reason: 'notCalled' | 'replaced' | 'backlog' }

/** The call being announced right now, or null. */
export const announcing = signal<CallView | null>(null);
/** True when the browser refused to play sound without a gesture: a small corner notice until a key or a touch. */
export const needsGesture = signal(false);

type Voice = Snapshot['voice'];
interface Queued { call: CallView; seen: boolean }

const queue: Queued[] = [];
let running = false;
let voice: Voice = { enabled: true, repeat: 1, volume: 1, maxBacklog: DEFAULT_MAX_BACKLOG };
const win = window as unknown as { __announced?: Announced[]; __voiceDropped?: Dropped[]; __voiceBacklogMax?: number; __voiceSnapshots?: number; __voicePending?: () => number };
const log: Announced[] = (win.__announced ??= []);
const dropped: Dropped[] = (win.__voiceDropped ??= []);

function lastSeq(): number {
  return Number(localStorage.getItem(LAST_KEY) ?? 0) || 0;
}
const maxBacklog = () => Math.max(1, voice.maxBacklog ?? DEFAULT_MAX_BACKLOG);

/** True while the counter shows this call's ticket as called (not yet served, finished or moved on). */
export function stillCalled(call: CallView, counters: readonly CounterView[]): boolean {
  const c = counters.find((x) => x.id === call.counterId);
  // By number: public views carry no ticket ids, and a number is unique in a service-day.
  return !!c && c.current?.number === call.number && c.current.status === 'called';
}

/** The calls of a snapshot that still need announcing: newer than the last announced, recent, the last few. */
export function callsToAnnounce(calls: CallView[], last: number, serverTime: number, max = DEFAULT_MAX_BACKLOG): CallView[] {
  return calls
    .filter((c) => c.seq > last && serverTime - c.at <= ANNOUNCE_WINDOW_MS)
    .sort((a, b) => a.seq - b.seq)
    .slice(-max);
}

/** Takes new voice settings (snapshot or an admin's change pushed as 'setup'): they apply from the next call. */
export function setVoice(v: Voice | undefined): void {
  if (v) voice = v;
}

/** Takes a (re)connect snapshot: voice settings, then whatever was missed. */
export function onSnapshot(s: Snapshot): void {
  queueSnapshot(s);
  // For the tests: a snapshot has been taken in, so "nothing is queued" can be checked right after it.
  win.__voiceSnapshots = (win.__voiceSnapshots ?? 0) + 1;
}

function queueSnapshot(s: Snapshot): void {
  setVoice(s.voice);
  // A journal that is behind our mark was replaced (new data folder): start over.
  if (s.seq < lastSeq()) localStorage.setItem(LAST_KEY, '0');
  // A screen switched on for the first time starts from now: it does not replay calls made before it existed.
  if (localStorage.getItem(LAST_KEY) === null) {
    localStorage.setItem(LAST_KEY, String(Math.max(0, ...s.calls.map((c) => c.seq))));
    return;
  }
  for (const c of callsToAnnounce(s.calls, lastSeq(), s.serverTime, maxBacklog())) enqueue(c);
}

/** Takes a live call (a call or a recall: a recall has its own seq, so it is announced again). */
export function onCall(c: CallView): void {
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
  win.__voiceBacklogMax = Math.max(win.__voiceBacklogMax ?? 0, queue.length);
  // Next task, not now: the audio element is made after Preact has put the call on screen.
  setTimeout(() => void drain(), 0);
}

// For the tests: calls queued or being said (0: the voice has nothing more to say until a new call or snapshot).
win.__voicePending = () => queue.length + (running ? 1 : 0);

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
      localStorage.setItem(LAST_KEY, String(c.seq));
      announcing.value = c;
      const start = performance.now();
      const startedAt = Date.now();
      const audio = await playCall(c, voice, () => { needsGesture.value = true; });
      log.push({ seq: c.seq, number: c.number, counterNumber: c.counterNumber, start, end: performance.now(), startedAt, audio });
    }
  } finally {
    announcing.value = null;
    running = false;
  }
}

/** Follows the counters from the live snapshot, so the queue forgets calls the room has moved past. */
export function startVoiceQueue(): void {
  let last: readonly CounterView[] | null = null;
  effect(() => {
    const counters = snapshot.value?.counters ?? null;
    if (!counters || counters === last) return;
    last = counters;
    prune(counters);
  });
}
