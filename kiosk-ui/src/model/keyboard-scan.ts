/** Keyboard-mode scanners type a whole code in a fast burst ending in Enter: catch it anywhere on the page. */
import { KeyboardBurstDetector } from '../../../drivers/src/scanner/keyboard-burst';
import type { KioskModel } from './kiosk';

/** True for a text field, where typed characters belong to the field. */
function editable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);
}

/** Listens for scanner bursts on keydown (drivers' detector) and sends each complete line to the server. */
export function startKeyboardScanner({ nav, lookup, scan }: KioskModel, page: Pick<Document, 'addEventListener'>): void {
  // Scanners send keys < 20 ms apart; people type > 100 ms apart. 80 ms leaves room for a busy kiosk PC, and the
  // detector also carries a key held back longer (the page's first key event, a loaded CPU): nothing is lost.
  const detector = new KeyboardBurstDetector({ maxGapMs: 80 }, (line) => { lookup.unTypeScan(line); void scan.scanLine(line); });
  page.addEventListener('keydown', (e) => {
    // e.timeStamp is when the key was pressed, not when this handler runs (later on a loaded PC).
    const line = detector.key(e.key, e.timeStamp);
    if (line !== null) return void e.preventDefault();
    // On the look-up screen a physical keyboard types into the search box, wherever the focus was left by a touch.
    if (nav.screen.value === 'lookup' && !editable(e.target) && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (Array.from(e.key).length === 1) { lookup.typeKey(e.key); return void e.preventDefault(); }
      if (e.key === 'Backspace') { lookup.backspace(); return void e.preventDefault(); }
    }
    // A scanned character (a space in a CCCD name, the final Enter) must not press the button that last had focus.
    if (!editable(e.target) && Array.from(e.key).length === 1) e.preventDefault();
  }, { capture: true });
}
