/** Keyboard-mode scanners type a whole code in a fast burst ending in Enter: catch it anywhere on the page. */
import { KeyboardBurstDetector } from '../../../drivers/src/scanner/keyboard-burst';
import { scanLine } from './scan';

/** Listens for scanner bursts on keydown (drivers' detector) and sends each complete line to the server. */
export function startKeyboardScanner(): void {
  // Scanners send keys < 20 ms apart; people type > 100 ms apart. 80 ms leaves room for a busy kiosk PC.
  const detector = new KeyboardBurstDetector({ maxGapMs: 80 }, (line) => void scanLine(line));
  document.addEventListener('keydown', (e) => {
    if (detector.key(e.key, e.timeStamp) !== null) e.preventDefault();
  }, { capture: true });
}
