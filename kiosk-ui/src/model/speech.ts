/**
 * "Nghe": the kiosk reads a screen aloud with the server's voice (the wall display's voice and number
 * rules). One thing is spoken at a time; it stops when the citizen touches anything but its own
 * button, when the screen changes, and when the kiosk goes home (idle or "Xong").
 */
import { effect, signal } from '@preact/signals';
import { snapshot } from '../../../ui-shared/src/connection';
import { token } from '../socket';
import { onGoHome, screen } from './app';

/** What is being read: the audio path of the button that started it; null when silent. */
export const speaking = signal<string | null>(null);
/** The audio is being fetched (espeak-ng may take a moment the first time). */
export const speechLoading = signal<string | null>(null);
/** The last read-aloud failed: 'unavailable' (no voice on the server) or 'error'. */
export const speechProblem = signal<{ path: string; kind: 'unavailable' | 'error' } | null>(null);

let audio: HTMLAudioElement | null = null;
let objectUrl: string | null = null;
let request = 0;

/** The one audio element, kept in the page (tests look at it: #kiosk-speech). */
function element(): HTMLAudioElement {
  if (!audio) {
    audio = document.createElement('audio');
    audio.id = 'kiosk-speech';
    audio.preload = 'auto';
    audio.addEventListener('ended', () => { speaking.value = null; });
    document.body.appendChild(audio);
  }
  return audio;
}

/** Stops whatever is being read (or fetched). */
export function stopSpeech(): void {
  request++;
  if (audio && !audio.paused) audio.pause();
  speaking.value = null;
  speechLoading.value = null;
}

/** Reads `path` (an /api/voice/kiosk/... WAV) aloud; pressing the same button again stops it. */
export async function toggleSpeech(path: string): Promise<void> {
  if (speaking.value === path || speechLoading.value === path) { stopSpeech(); return; }
  stopSpeech();
  const mine = ++request;
  speechProblem.value = null;
  speechLoading.value = path;
  try {
    const res = await fetch(path, { headers: token.value ? { authorization: `Bearer ${token.value}` } : {} });
    if (mine !== request) return;
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      speechProblem.value = { path, kind: body?.error?.code === 'VOICE_UNAVAILABLE' ? 'unavailable' : 'error' };
      speechLoading.value = null;
      return;
    }
    const blob = await res.blob();
    if (mine !== request) return;
    const a = element();
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(blob);
    a.src = objectUrl;
    a.volume = Math.min(1, Math.max(0, snapshot.value?.kiosk?.voiceVolume ?? 1));
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

/** Touching anything but a "Nghe" button stops the reading; so do a new screen and going home. */
export function startSpeechManners(): void {
  document.addEventListener('pointerdown', (e) => {
    const target = e.target as Element | null;
    if (!target?.closest?.('[data-listen]')) stopSpeech();
  }, { capture: true, passive: true });
  onGoHome(() => { stopSpeech(); speechProblem.value = null; });
  let last = screen.peek();
  effect(() => {
    const s = screen.value;
    if (s !== last) { last = s; stopSpeech(); speechProblem.value = null; }
  });
}
