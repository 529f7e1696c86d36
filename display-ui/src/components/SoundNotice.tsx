/** A small notice in the header when the browser refused to play sound: never a cover, the wall stays readable. */
import { useDisplay } from '../model/display';

/** Shown until any key, touch or click (model/sound.ts); tapping it works too. */
export function SoundNotice() {
  if (!useDisplay().voice.needsGesture.value) return null;
  return (
    <p class="sound-notice" role="status" data-state="sound-blocked">
      Chưa có âm thanh: bấm phím bất kỳ <span lang="en">/ No sound: press any key</span>
    </p>
  );
}
