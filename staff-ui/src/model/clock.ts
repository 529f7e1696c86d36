/** A ticking "now" (server time), for live timers. */
import { signal, type ReadonlySignal } from '@preact/signals';

/** A clock ticking every second at server time (the local clock plus the skew from the last snapshot); stop() ends it. */
export function createClock(deps: { now(): number; skew: ReadonlySignal<number>; timers: { setInterval(fn: () => void, ms: number): unknown; clearInterval(id: unknown): void } }) {
  const now = signal(deps.now());
  const id = deps.timers.setInterval(() => { now.value = deps.now() + deps.skew.value; }, 1000);
  return { now: now as ReadonlySignal<number>, stop: () => deps.timers.clearInterval(id) };
}

/** "m:ss" (or "h:mm:ss") from `since` to `at`. */
export function elapsed(since: number, at: number): string {
  const s = Math.max(0, Math.floor((at - since) / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

/** Whole minutes from `since` to `at`. */
export function minutesSince(since: number, at: number): number {
  return Math.max(0, Math.floor((at - since) / 60000));
}
