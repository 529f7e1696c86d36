/** Plays one call's WAV from the server; without sound (no espeak-ng, autoplay refused) it holds the call on screen instead. */
import type { CallView } from '@motcua/server/contract';

export type PlayResult = 'played' | 'silent' | 'blocked';

/** How long a call stays highlighted when it cannot be heard. */
const SILENT_MS = 3000;
const wait = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Plays the call and resolves when it has finished (or failed); `onBlocked` fires when autoplay is refused. */
export async function playCall(c: CallView, voice: { enabled: boolean; repeat: number; volume: number }, onBlocked: () => void): Promise<PlayResult> {
  if (!voice.enabled) { await wait(SILENT_MS); return 'silent'; }
  const audio = new Audio(`/api/voice/calls/${c.seq}.wav?repeat=${voice.repeat}`);
  audio.volume = Math.min(1, Math.max(0, voice.volume));
  const result = await new Promise<PlayResult>((done) => {
    // A stuck element (no 'ended') must not stop the queue: give up after a generous bound.
    const guard = setTimeout(() => done('played'), 30_000);
    const finish = (r: PlayResult) => { clearTimeout(guard); done(r); };
    audio.addEventListener('ended', () => finish('played'), { once: true });
    audio.addEventListener('error', () => finish('silent'), { once: true });
    audio.play().catch((e: unknown) => {
      if ((e as { name?: string }).name === 'NotAllowedError') { onBlocked(); finish('blocked'); } else finish('silent');
    });
  });
  if (result !== 'played') await wait(SILENT_MS);
  return result;
}

/** Unlocks audio after the first tap (the browser remembers the gesture for the page). */
export function unlockAudio(): void {
  const a = new Audio('data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAIlYAAESsAAACABAAZGF0YQAAAAA=');
  void a.play().catch(() => {});
}
