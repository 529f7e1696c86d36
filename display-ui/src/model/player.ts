/** Plays one call's WAV from the server; without sound (no espeak-ng, autoplay refused) it holds the call on screen instead. */
import type { CallView } from '@motcua/server/contract';

export type PlayResult = 'played' | 'silent' | 'blocked';

/** The part of an HTMLAudioElement the player uses (a fake in the unit tests). */
export interface AudioLike {
  volume: number;
  play(): Promise<void>;
  addEventListener(type: 'ended' | 'error', listener: () => void, options?: { once?: boolean }): void;
}

/** What the player needs from the page: an audio element for an address, and timers. */
export interface PlayerDeps {
  createAudio(src: string): AudioLike;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** How long a call stays highlighted when it cannot be heard. */
export const SILENT_MS = 3000;
/** A stuck element (no 'ended') must not stop the queue: the player gives up after this generous bound. */
const STUCK_MS = 30_000;
const UNLOCK_WAV = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAIlYAAESsAAACABAAZGF0YQAAAAA=';

/** Makes the call player on the page's audio elements and timers. */
export function createPlayer(deps: PlayerDeps) {
  const wait = (ms: number) => new Promise<void>((ok) => { deps.setTimeout(ok, ms); });

  /** Plays the call and resolves when it has finished (or failed); `onBlocked` fires when autoplay is refused. */
  async function playCall(c: CallView, voice: { enabled: boolean; repeat: number; volume: number }, onBlocked: () => void): Promise<PlayResult> {
    if (!voice.enabled) { await wait(SILENT_MS); return 'silent'; }
    const audio = deps.createAudio(`/api/voice/calls/${c.seq}.wav?repeat=${voice.repeat}`);
    audio.volume = Math.min(1, Math.max(0, voice.volume));
    const result = await new Promise<PlayResult>((done) => {
      const guard = deps.setTimeout(() => done('played'), STUCK_MS);
      const finish = (r: PlayResult) => { deps.clearTimeout(guard); done(r); };
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
  function unlockAudio(): void {
    void deps.createAudio(UNLOCK_WAV).play().catch(() => {});
  }

  return { playCall, unlockAudio };
}

/** The display's call player. */
export type Player = ReturnType<typeof createPlayer>;
