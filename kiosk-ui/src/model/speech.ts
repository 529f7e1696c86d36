/**
 * "Nghe": the kiosk reads a screen aloud with the server's voice (the wall display's voice and number
 * rules). One thing is spoken at a time; it stops when the citizen touches anything but its own
 * button, when the screen changes, and when the kiosk goes home (idle or "Xong").
 */
import { effect, signal } from '@preact/signals';
import type { ApiErrorBody } from '@motcua/server/contract';
import type { KioskServer } from '../socket';
import type { Navigation } from './app';

/** The audio element the kiosk plays through (the page's, or a fake in tests). */
export type SpeechAudio = Pick<HTMLAudioElement, 'paused' | 'pause' | 'play' | 'src' | 'volume' | 'addEventListener'>;

/** What reading aloud needs: the server's voice, navigation, the volume setting, an audio element and blob URLs. */
export interface SpeechDeps {
  server: Pick<KioskServer, 'fetchVoice'>;
  nav: Navigation;
  volume(): number;
  createAudio(): SpeechAudio;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** The read-aloud model; dispose() stops following screen changes. */
export function createSpeech({ server, nav, volume, createAudio, createObjectURL, revokeObjectURL }: SpeechDeps) {
  /** What is being read: the audio path of the button that started it; null when silent. */
  const speaking = signal<string | null>(null);
  /** The audio is being fetched (espeak-ng may take a moment the first time). */
  const speechLoading = signal<string | null>(null);
  /** The last read-aloud failed: 'unavailable' (no voice on the server) or 'error'. */
  const speechProblem = signal<{ path: string; kind: 'unavailable' | 'error' } | null>(null);
  let audio: SpeechAudio | null = null;
  let objectUrl: string | null = null;
  let request = 0;

  /** The one audio element, made on first use. */
  function element(): SpeechAudio {
    if (!audio) {
      audio = createAudio();
      audio.addEventListener('ended', () => { speaking.value = null; });
    }
    return audio;
  }

  /** Stops whatever is being read (or fetched). */
  function stopSpeech(): void {
    request++;
    if (audio && !audio.paused) audio.pause();
    speaking.value = null;
    speechLoading.value = null;
  }

  /** Reads `path` (an /api/voice/kiosk/... WAV) aloud; pressing the same button again stops it. */
  async function toggleSpeech(path: string): Promise<void> {
    if (speaking.value === path || speechLoading.value === path) { stopSpeech(); return; }
    stopSpeech();
    const mine = ++request;
    speechProblem.value = null;
    speechLoading.value = path;
    try {
      const res = await server.fetchVoice(path);
      if (mine !== request) return;
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
        speechProblem.value = { path, kind: body?.error?.code === 'VOICE_UNAVAILABLE' ? 'unavailable' : 'error' };
        speechLoading.value = null;
        return;
      }
      const blob = await res.blob();
      if (mine !== request) return;
      const a = element();
      if (objectUrl) revokeObjectURL(objectUrl);
      objectUrl = createObjectURL(blob);
      a.src = objectUrl;
      a.volume = Math.min(1, Math.max(0, volume()));
      speechLoading.value = null;
      speaking.value = path;
      await a.play();
    } catch {
      if (mine !== request) return;
      speaking.value = null;
      speechLoading.value = null;
      speechProblem.value = { path, kind: 'error' };
    }
  }

  // A new screen and going home stop the reading.
  nav.onGoHome(() => { stopSpeech(); speechProblem.value = null; });
  let last = nav.screen.peek();
  const dispose = effect(() => {
    const s = nav.screen.value;
    if (s !== last) { last = s; stopSpeech(); speechProblem.value = null; }
  });

  return { speaking, speechLoading, speechProblem, stopSpeech, toggleSpeech, dispose };
}

export type SpeechModel = ReturnType<typeof createSpeech>;

/** Touching anything but a "Nghe" button stops the reading. */
export function startSpeechManners(speech: SpeechModel, page: Pick<Document, 'addEventListener'>): void {
  page.addEventListener('pointerdown', (e) => {
    const target = e.target as Element | null;
    if (!target?.closest?.('[data-listen]')) speech.stopSpeech();
  }, { capture: true, passive: true });
}

/** The page's audio element for the kiosk's voice (tests look at it: #kiosk-speech). */
export function pageAudio(): HTMLAudioElement {
  const a = document.createElement('audio');
  a.id = 'kiosk-speech';
  a.preload = 'auto';
  document.body.appendChild(a);
  return a;
}
