/** The scrolling notice line at the bottom. */
import { useDisplay } from '../model/display';

/** Scrolls the office's notices; nothing when there are none. */
export function Ticker() {
  const list = useDisplay().wall.notices.value;
  if (list.length === 0) return null;
  const text = list.join('   •   ');
  // Speed follows length, so a long notice is not a blur.
  const seconds = Math.max(20, Math.round(text.length / 6));
  return (
    <footer class="ticker" aria-label="Thông báo">
      <p class="ticker-text" style={{ animationDuration: `${seconds}s`, animationDelay: `-${Math.round(seconds / 6)}s` }}>{text}</p>
    </footer>
  );
}
