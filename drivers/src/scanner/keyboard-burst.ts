/**
 * Tells a keyboard-mode ("keyboard wedge") scanner from a person typing, from key events alone.
 * A scanner types a whole code in a burst (a few ms between keys) and ends it with Enter; a person,
 * even a fast one, leaves 50+ ms between most keys. PURE and browser-safe: the kiosk page imports this
 * file alone (`@motcua/drivers/scanner/keyboard-burst`), so it must import nothing.
 */

export interface KeyboardBurstOptions {
  /** Longest gap between two characters of one burst. Default 35 ms. */
  maxGapMs?: number;
  /** Longest gap between the last character and Enter (some scanners pause before the suffix). Default 100 ms. */
  maxEnterGapMs?: number;
  /** Shortest code accepted as a scan. Default 6. */
  minLength?: number;
  /** Longest burst kept; longer bursts are dropped. Default 4096. */
  maxLength?: number;
  /**
   * Longest hold-up inside a burst on a loaded machine (a key delivered late), and how many a burst may
   * have. Defaults 300 ms and 2. A gap longer than maxStallMs always ends a burst.
   */
  maxStallMs?: number;
  maxStalls?: number;
  /** Keys that end a scan. Default ['Enter']. */
  terminators?: string[];
}

/** One printable key as it came: the character and its event timestamp. */
interface Key {
  ch: string;
  at: number;
}

/**
 * Finds scanner bursts in a stream of key events and hands each scanned line over.
 *
 * Keys are buffered with their event timestamps and the burst is decided only when the terminator
 * comes, never key by key. A loaded PC (or the browser's first key event of a page, which does
 * first-time work) can hold one key back for 100+ ms in the middle of a burst, most often between
 * the first and the second key; a detector that forgets everything before any gap above maxGapMs
 * loses the start of the code then. Here a burst may carry up to `maxStalls` such stalls of at most
 * `maxStallMs`, as long as what lies before a stall is itself scanner-like: a fast run of two keys or
 * more, or a single key after a quiet spell (the scanner's held-back first key). Slow keys before it
 * (a person typing) stay out.
 */
export class KeyboardBurstDetector {
  private readonly maxGap: number;
  private readonly maxEnterGap: number;
  private readonly maxStall: number;
  private readonly maxStalls: number;
  private readonly minLength: number;
  private readonly maxLength: number;
  private readonly terminators: ReadonlySet<string>;
  private keys: Key[] = [];

  constructor(opts: KeyboardBurstOptions = {}, private readonly onLine?: (line: string) => void) {
    this.maxGap = opts.maxGapMs ?? 35;
    this.maxEnterGap = opts.maxEnterGapMs ?? 100;
    this.maxStall = Math.max(opts.maxStallMs ?? 300, this.maxGap);
    this.maxStalls = opts.maxStalls ?? 2;
    this.minLength = opts.minLength ?? 6;
    this.maxLength = opts.maxLength ?? 4096;
    this.terminators = new Set(opts.terminators ?? ['Enter']);
  }

  /**
   * Feeds one keydown (KeyboardEvent.key, KeyboardEvent.timeStamp: the time the key was pressed, not
   * the time the handler runs). Returns the scanned line when this key ended a burst (and calls
   * onLine), else null. Modifier and navigation keys are ignored.
   */
  key(key: string, timeStamp: number): string | null {
    const last = this.keys[this.keys.length - 1];
    const gap = last === undefined ? Infinity : timeStamp - last.at;
    if (this.terminators.has(key)) {
      const line = gap >= 0 ? this.burstEndingAt(gap) : null;
      this.reset();
      if (line === null) return null;
      this.onLine?.(line);
      return line;
    }
    // Printable keys have a one-character `key` (a surrogate pair counts as one); Shift, Tab, F1... are longer.
    if (Array.from(key).length !== 1) return null;
    // The clock went backwards, a long pause, or an endless stream: start over.
    if (gap < 0 || gap > this.maxStall || this.keys.length >= this.maxLength) this.keys = [];
    this.keys.push({ ch: key, at: timeStamp });
    return null;
  }

  /** True while the keys so far look like a scanner burst (the page may keep them out of a text field). */
  get inBurst(): boolean {
    return this.burstStart() <= this.keys.length - 2;
  }

  /** The characters of the burst in progress (to remove them from a field when a scan ends). */
  get pending(): string {
    return this.keys.slice(this.burstStart()).map((k) => k.ch).join('');
  }

  /** Forgets the burst in progress (e.g. on blur). */
  reset(): void {
    this.keys = [];
  }

  /** The line when the terminator came `enterGap` ms after the last key and the keys make a scan, else null. */
  private burstEndingAt(enterGap: number): string | null {
    if (enterGap > this.maxStall) return null;
    const stallsLeft = this.maxStalls - (enterGap > this.maxEnterGap ? 1 : 0);
    if (stallsLeft < 0) return null;
    const from = this.burstStart(stallsLeft);
    const chars = this.keys.slice(from).map((k) => k.ch);
    return chars.length >= this.minLength ? chars.join('') : null;
  }

  /**
   * Where the burst that ends with the last key begins: walks back over fast gaps, and over at most
   * `stalls` slow ones (up to maxStallMs) when what lies before the stall is scanner-like.
   */
  private burstStart(stalls = this.maxStalls): number {
    const k = this.keys;
    let i = k.length - 1;
    if (i < 0) return 0;
    for (;;) {
      while (i > 0 && k[i]!.at - k[i - 1]!.at <= this.maxGap) i--;
      if (i === 0 || stalls === 0 || k[i]!.at - k[i - 1]!.at > this.maxStall) return i;
      // A stall between k[i-1] and k[i]: take what lies before only if it is scanner-like.
      const j = i - 1;
      const fastBefore = j > 0 && k[j]!.at - k[j - 1]!.at <= this.maxGap;
      const quietBefore = j === 0 || k[j]!.at - k[j - 1]!.at > this.maxStall;
      if (!fastBefore && !quietBefore) return i;
      stalls--;
      i = j;
    }
  }
}
