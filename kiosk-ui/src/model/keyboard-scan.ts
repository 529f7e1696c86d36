/** Keyboard-mode scanners type a whole code in a fast burst ending in Enter: catch it anywhere on the page. */
import { KeyboardBurstDetector } from '../../../drivers/src/scanner/keyboard-burst';
import { scanLine } from './scan';

/** True for a text field, where typed characters belong to the field. */
function editable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);
}

/** Listens for scanner bursts on keydown (drivers' detector) and sends each complete line to the server. */
export function startKeyboardScanner(): void {
  // Scanners send keys < 20 ms apart; people type > 100 ms apart. 80 ms leaves room for a busy kiosk PC, and the
  // detector also carries a key held back longer (the page's first key event, a loaded CPU): nothing is lost.
  const detector = new KeyboardBurstDetector({ maxGapMs: 80 }, (line) => void scanLine(line));
  document.addEventListener('keydown', (e) => {
    // e.timeStamp is when the key was pressed, not when this handler runs (later on a loaded PC).
    const line = detector.key(e.key, e.timeStamp);
    // The kiosk has no physical keyboard: a scanned character (a space in a CCCD name, the final Enter) must
    // not press the button that last had focus.
    if (line !== null || (!editable(e.target) && Array.from(e.key).length === 1)) e.preventDefault();
  }, { capture: true });
}
