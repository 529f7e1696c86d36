/**
 * The voice queue of the wall display: calls are announced one after the other, in seq order,
 * never on top of each other. The last announced seq is kept in localStorage, so a reload, a
 * server restart or a network cut neither repeats a call nor misses one.
 */
import { signal } from '@preact/signals';
import type { CallView, Snapshot } from '@motcua/server/contract';
import { playCall, type PlayResult } from './player';

const LAST_KEY = 'motcua.display.lastAnnouncedSeq';
/** Calls older than this when a snapshot arrives are shown but not announced (no morning backlog). */
export const ANNOUNCE_WINDOW_MS = 2 * 60_000;
/** At most this many missed calls are announced after a reconnect. */
export const ANNOUNCE_MAX_BACKLOG = 3;

/** One announcement as it happened, for the tests and the bench (window.__announced). */
export interface Announced { seq: number; number: string; counterNumber: number; start: number; end: number; audio: PlayResult }

/** The call being announced right now, or null. */
export const announcing = signal<CallView | null>(null);
/** True when the browser refused to play sound without a tap: show the overlay once. */
export const needsGesture = signal(false);

const queue: CallView[] = [];
const queued = new Set<number>();
let running = false;
let voice = { enabled: true, repeat: 1, volume: 1 };
const log: Announced[] = ((window as unknown as { __announced?: Announced[] }).__announced ??= []);

function lastSeq(): number {
  return Number(localStorage.getItem(LAST_KEY) ?? 0) || 0;
}

/** The calls of a snapshot that still need announcing: newer than the last announced, recent, the last few. */
export function callsToAnnounce(calls: CallView[], last: number, serverTime: number): CallView[] {
  return calls
    .filter((c) => c.seq > last && serverTime - c.at <= ANNOUNCE_WINDOW_MS)
    .sort((a, b) => a.seq - b.seq)
    .slice(-ANNOUNCE_MAX_BACKLOG);
}

/** Takes a (re)connect snapshot: voice settings, then whatever was missed. */
export function onSnapshot(s: Snapshot): void {
  voice = s.voice;
  // A journal that is behind our mark was replaced (new data folder): start over.
  if (s.seq < lastSeq()) localStorage.setItem(LAST_KEY, '0');
  // A screen switched on for the first time starts from now: it does not replay calls made before it existed.
  if (localStorage.getItem(LAST_KEY) === null) {
    localStorage.setItem(LAST_KEY, String(Math.max(0, ...s.calls.map((c) => c.seq))));
    return;
  }
  for (const c of callsToAnnounce(s.calls, lastSeq(), s.serverTime)) enqueue(c);
}

/** Takes a live call (a call or a recall: a recall has its own seq, so it is announced again). */
export function onCall(c: CallView): void {
  if (c.seq > lastSeq()) enqueue(c);
}

function enqueue(c: CallView): void {
  if (queued.has(c.seq)) return;
  queued.add(c.seq);
  queue.push(c);
  queue.sort((a, b) => a.seq - b.seq);
  // Next task, not now: the audio element is made after Preact has put the call on screen.
  setTimeout(() => void drain(), 0);
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let c = queue.shift(); c; c = queue.shift()) {
      if (c.seq <= lastSeq()) continue;
      // Marked when it starts: a reload halfway through must not say it again.
      localStorage.setItem(LAST_KEY, String(c.seq));
      announcing.value = c;
      const start = performance.now();
      const audio = await playCall(c, voice, () => { needsGesture.value = true; });
      log.push({ seq: c.seq, number: c.number, counterNumber: c.counterNumber, start, end: performance.now(), audio });
    }
  } finally {
    announcing.value = null;
    running = false;
  }
}
