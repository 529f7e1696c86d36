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
  /** Keys that end a scan. Default ['Enter']. */
  terminators?: string[];
}

/** Finds scanner bursts in a stream of key events and hands each scanned line over. */
export class KeyboardBurstDetector {
  private readonly maxGap: number;
  private readonly maxEnterGap: number;
  private readonly minLength: number;
  private readonly maxLength: number;
  private readonly terminators: ReadonlySet<string>;
  private chars: string[] = [];
  private lastAt: number | null = null;

  constructor(opts: KeyboardBurstOptions = {}, private readonly onLine?: (line: string) => void) {
    this.maxGap = opts.maxGapMs ?? 35;
    this.maxEnterGap = opts.maxEnterGapMs ?? 100;
    this.minLength = opts.minLength ?? 6;
    this.maxLength = opts.maxLength ?? 4096;
    this.terminators = new Set(opts.terminators ?? ['Enter']);
  }

  /**
   * Feeds one keydown (KeyboardEvent.key, KeyboardEvent.timeStamp). Returns the scanned line when this
   * key ended a burst (and calls onLine), else null. Modifier and navigation keys are ignored.
   */
  key(key: string, timeStamp: number): string | null {
    const gap = this.lastAt === null ? Infinity : timeStamp - this.lastAt;
    if (this.terminators.has(key)) {
      const line = this.chars.join('');
      const isScan = this.chars.length >= this.minLength && gap >= 0 && gap <= this.maxEnterGap;
      this.reset();
      if (!isScan) return null;
      this.onLine?.(line);
      return line;
    }
    // Printable keys have a one-character `key` (a surrogate pair counts as one); Shift, Tab, F1... are longer.
    if (Array.from(key).length !== 1) return null;
    if (gap < 0 || gap > this.maxGap || this.chars.length >= this.maxLength) this.chars = [];
    this.chars.push(key);
    this.lastAt = timeStamp;
    return null;
  }

  /** True while the keys so far look like a scanner burst (the page may keep them out of a text field). */
  get inBurst(): boolean {
    return this.chars.length >= 2;
  }

  /** The characters of the burst in progress (to remove them from a field when a scan ends). */
  get pending(): string {
    return this.chars.join('');
  }

  /** Forgets the burst in progress (e.g. on blur). */
  reset(): void {
    this.chars = [];
    this.lastAt = null;
  }
}
