/** The QR module grid: function patterns, codeword placement, masks and the mask penalty (see qr.ts). */
import type { QrLevel } from './qr';

const FORMAT_LEVEL: Record<QrLevel, number> = { L: 1, M: 0, Q: 3, H: 2 };
const bit = (x: number, i: number) => ((x >>> i) & 1) !== 0;

const MASKS: Array<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** A QR symbol under construction. */
export class QrGrid {
  readonly size: number;
  readonly modules: boolean[][];
  private readonly isFunction: boolean[][];

  constructor(readonly version: number) {
    this.size = version * 4 + 17;
    this.modules = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.isFunction = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
  }

  private set(x: number, y: number, dark: boolean): void {
    this.modules[y]![x] = dark;
    this.isFunction[y]![x] = true;
  }

  /** Finder, timing and alignment patterns, and the reserved format/version areas. */
  drawFunctionPatterns(): void {
    const s = this.size;
    for (let i = 0; i < s; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [s - 4, 3], [3, s - 4]] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          const x = cx + dx;
          const y = cy + dy;
          if (x >= 0 && x < s && y >= 0 && y < s) this.set(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const pos = this.alignmentPositions();
    const n = pos.length;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if ((i === 0 && j === 0) || (i === 0 && j === n - 1) || (i === n - 1 && j === 0)) continue;
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) this.set(pos[i]! + dx, pos[j]! + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
        }
      }
    }
    this.drawFormat('M', 0); // reserves the area; redrawn for the chosen mask
    this.drawVersion();
  }

  private alignmentPositions(): number[] {
    if (this.version === 1) return [];
    const num = Math.floor(this.version / 7) + 2;
    const step = this.version === 32 ? 26 : Math.ceil((this.version * 4 + 4) / (num * 2 - 2)) * 2;
    const result = [6];
    for (let p = this.size - 7; result.length < num; p -= step) result.splice(1, 0, p);
    return result;
  }

  /** The 15 format bits (level and mask), both copies, and the dark module. */
  drawFormat(level: QrLevel, mask: number): void {
    const data = (FORMAT_LEVEL[level] << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const s = this.size;
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(bits, i));
    this.set(8, 7, bit(bits, 6));
    this.set(8, 8, bit(bits, 7));
    this.set(7, 8, bit(bits, 8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(bits, i));
    for (let i = 0; i < 8; i++) this.set(s - 1 - i, 8, bit(bits, i));
    for (let i = 8; i < 15; i++) this.set(8, s - 15 + i, bit(bits, i));
    this.set(8, s - 8, true);
  }

  private drawVersion(): void {
    if (this.version < 7) return;
    let rem = this.version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (this.version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = this.size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      this.set(a, b, bit(bits, i));
      this.set(b, a, bit(bits, i));
    }
  }

  /** Places the codewords in the zig-zag order, skipping function modules. */
  drawCodewords(data: number[]): void {
    let i = 0;
    for (let right = this.size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vert = 0; vert < this.size; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const upward = ((right + 1) & 2) === 0;
          const y = upward ? this.size - 1 - vert : vert;
          if (!this.isFunction[y]![x] && i < data.length * 8) {
            this.modules[y]![x] = bit(data[i >>> 3]!, 7 - (i & 7));
            i++;
          }
        }
      }
    }
  }

  /** XORs a mask onto the data modules (applying it twice undoes it). */
  applyMask(mask: number): void {
    const f = MASKS[mask]!;
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        if (!this.isFunction[y]![x] && f(x, y)) this.modules[y]![x] = !this.modules[y]![x];
      }
    }
  }

  /** The standard's penalty score (runs, 2x2 blocks, finder-like patterns, dark balance). */
  penalty(): number {
    const s = this.size;
    let total = 0;
    const lines: boolean[][] = [];
    for (let i = 0; i < s; i++) {
      lines.push(this.modules[i]!);
      lines.push(this.modules.map((row) => row[i]!));
    }
    for (const line of lines) total += runPenalty(line) + finderPenalty(line);
    let dark = 0;
    for (let y = 0; y < s; y++) {
      for (let x = 0; x < s; x++) {
        const c = this.modules[y]![x]!;
        if (c) dark++;
        if (x < s - 1 && y < s - 1 && c === this.modules[y]![x + 1] && c === this.modules[y + 1]![x] && c === this.modules[y + 1]![x + 1]) total += 3;
      }
    }
    const k = Math.ceil(Math.abs(dark * 20 - s * s * 10) / (s * s)) - 1;
    return total + Math.max(0, k) * 10;
  }
}

function runPenalty(line: boolean[]): number {
  let p = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) run++;
    else {
      if (run >= 5) p += run - 2;
      run = 1;
    }
  }
  return p;
}

// 1:1:3:1:1 dark/light with 4 light modules on one side; outside the symbol counts as light.
const FINDER_A = [true, false, true, true, true, false, true, false, false, false, false];
const FINDER_B = [...FINDER_A].reverse();

function finderPenalty(line: boolean[]): number {
  const padded = [false, false, false, false, ...line, false, false, false, false];
  let p = 0;
  for (let i = 0; i + 11 <= padded.length; i++) {
    if (FINDER_A.every((v, k) => padded[i + k] === v) || FINDER_B.every((v, k) => padded[i + k] === v)) p += 40;
  }
  return p;
}
