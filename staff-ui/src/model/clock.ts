/** A ticking "now" (server time), for live timers. */
import { signal } from '@preact/signals';
import { clockSkew } from '../../../ui-shared/src/connection';

export const now = signal(Date.now());
setInterval(() => { now.value = Date.now() + clockSkew.value; }, 1000);

/** "m:ss" (or "h:mm:ss") since a time. */
export function elapsed(since: number, at = now.value): string {
  const s = Math.max(0, Math.floor((at - since) / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

/** Whole minutes since a time. */
export function minutesSince(since: number, at = now.value): number {
  return Math.max(0, Math.floor((at - since) / 60000));
}
