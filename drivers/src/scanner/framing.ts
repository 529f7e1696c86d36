/**
 * Hand-written because serialport's parser-delimiter has no length cap and is a Node stream, not a pure function.
 * Serial byte stream -> lines. Pure: chunks may split a line, or its CR LF, anywhere (like serialport's
 * parser-delimiter, but with a length cap so a scanner that never sends the suffix cannot grow memory).
 * 'any' (the default in config): CR, LF or CR LF each end a line, so a scanner shipped with a CR suffix works on
 * install day whatever the config guessed; a pinned ending makes the other bytes part of the line.
 */

export type LineEnding = '\r' | '\n' | '\r\n' | 'any';

/** A framed line, or the marker for a line cut off at the length cap (its bytes were dropped). */
export type Frame = { kind: 'line'; bytes: Uint8Array } | { kind: 'overflow'; bytes: number };

export interface FramerOptions {
  lineEnding: LineEnding;
  /** Bytes kept per line; longer lines become one 'overflow' frame. Default 4096 + 1 so the guard sees "too long". */
  maxLength?: number;
}

/** Splits a byte stream into lines on a configurable line ending. */
export class LineFramer {
  private readonly delim: Uint8Array;
  private readonly max: number;
  private buf: Uint8Array;
  private len = 0;
  /** Bytes of the current line dropped since it went over the cap (0 = not overflowing). */
  private dropped = 0;

  private readonly any: boolean;

  constructor(opts: FramerOptions) {
    this.any = opts.lineEnding === 'any';
    this.delim = new TextEncoder().encode(this.any ? '\n' : opts.lineEnding);
    this.max = opts.maxLength ?? 4097;
    this.buf = new Uint8Array(Math.min(this.max + this.delim.length, 1024));
  }

  /** Feeds a chunk; returns the frames it completed. */
  push(chunk: Uint8Array): Frame[] {
    const out: Frame[] = [];
    for (const byte of chunk) {
      this.append(byte);
      if (this.endsWithDelimiter()) {
        const bodyLen = this.len - this.delim.length;
        if (this.dropped > 0) out.push({ kind: 'overflow', bytes: this.dropped + bodyLen });
        else if (bodyLen > 0) out.push({ kind: 'line', bytes: this.buf.slice(0, bodyLen) });
        this.len = 0;
        this.dropped = 0;
      } else if (this.len > this.max + this.delim.length - 1) {
        // Over the cap: keep only the last bytes that could start the delimiter.
        const keep = this.delim.length - 1;
        this.dropped += this.len - keep;
        this.buf.copyWithin(0, this.len - keep, this.len);
        this.len = keep;
      }
    }
    return out;
  }

  /** Whatever is pending without a line ending (for an idle flush); empties the buffer. */
  flush(): Frame[] {
    const frames: Frame[] = [];
    if (this.dropped > 0) frames.push({ kind: 'overflow', bytes: this.dropped + this.len });
    else if (this.len > 0) frames.push({ kind: 'line', bytes: this.buf.slice(0, this.len) });
    this.len = 0;
    this.dropped = 0;
    return frames;
  }

  private append(byte: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = byte;
  }

  /** Bytes waiting for a line end (the idle timer drops them). */
  get pending(): number {
    return this.dropped + this.len;
  }

  private endsWithDelimiter(): boolean {
    // CR or LF each end a line; the LF of a CR LF then ends an empty line, which is skipped.
    if (this.any) return this.len > 0 && (this.buf[this.len - 1] === 0x0d || this.buf[this.len - 1] === 0x0a);
    const d = this.delim;
    if (this.len < d.length) return false;
    for (let i = 0; i < d.length; i++) if (this.buf[this.len - d.length + i] !== d[i]) return false;
    return true;
  }
}
