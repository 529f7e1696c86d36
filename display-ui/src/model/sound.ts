/** Sound on a wall TV without a mouse: any key, touch or click anywhere unlocks it. */
import { needsGesture } from './announcer';
import { unlockAudio } from './player';

/**
 * Unlocks the sound on any key (a remote's OK, a keyboard), touch or click, and hides the corner notice.
 * The listeners stay: unlocking twice costs nothing, and a browser may ask again after a long idle.
 */
export function unlockOnAnyGesture(): void {
  const unlock = () => {
    unlockAudio();
    needsGesture.value = false;
  };
  for (const ev of ['keydown', 'pointerdown', 'touchstart'] as const) window.addEventListener(ev, unlock, { capture: true, passive: true });
}
