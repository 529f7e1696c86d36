/** Sound on a wall TV without a mouse: any key, touch or click anywhere unlocks it. */
import type { DisplayModel } from './display';

/**
 * Unlocks the sound on any key (a remote's OK, a keyboard), touch or click on `target` (the window), and hides
 * the corner notice. The listeners stay: unlocking twice costs nothing, and a browser may ask again after a long idle.
 */
export function unlockOnAnyGesture(model: DisplayModel, target: Pick<EventTarget, 'addEventListener'>): void {
  const unlock = () => {
    model.player.unlockAudio();
    model.voice.needsGesture.value = false;
  };
  for (const ev of ['keydown', 'pointerdown', 'touchstart'] as const) target.addEventListener(ev, unlock, { capture: true, passive: true });
}
