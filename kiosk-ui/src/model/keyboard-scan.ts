/** Keyboard-mode scanners type a whole code in a fast burst ending in Enter: catch it anywhere on the page. */
import { KeyboardBurstDetector } from '../../../drivers/src/scanner/keyboard-burst';
import { scanLine } from './scan';

/** Listens for scanner bursts on keydown (drivers' detector) and sends each complete line to the server. */
export function startKeyboardScanner(): void {
  // 50 ms between keys: a scanner types every few ms; a busy kiosk PC may deliver them a little late.
  const detector = new KeyboardBurstDetector({ maxGapMs: 50 }, (line) => void scanLine(line));
  document.addEventListener('keydown', (e) => {
    if (detector.key(e.key, e.timeStamp) !== null) e.preventDefault();
  }, { capture: true });
}
