/** A one-time "tap to enable sound" overlay, shown only when the browser refused to play. */
import { needsGesture } from '../model/announcer';
import { unlockAudio } from '../model/player';

/** The overlay; one tap unlocks audio for the page and hides it. */
export function SoundOverlay() {
  if (!needsGesture.value) return null;
  const enable = () => { unlockAudio(); needsGesture.value = false; };
  return (
    <div class="sound-overlay">
      <button type="button" class="sound-button" onClick={enable}>🔊 Bấm để bật âm thanh</button>
    </div>
  );
}
