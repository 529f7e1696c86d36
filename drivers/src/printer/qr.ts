/**
 * A QR Code module matrix (ISO/IEC 18004; byte mode, versions 1-40, levels L/M/Q/H), after Project
 * Nayuki's reference design. Why here: no QR generator is installed (the receipt encoder only emits the
 * printer's own GS ( k command, which many cheap printers lack), and the ticket QR is drawn into the raster.
 * Checked by decoding with zbarimg in the tests, independently of this code.
 * Browser-safe (imports only ./qr-grid, uses TextEncoder): the kiosk page draws the ticket QR with it too.
 */
import { QrGrid } from './qr-grid';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** A square of modules: true = dark. */
export interface QrMatrix {
  size: number;
  version: number;
  get(x: number, y: number): boolean;
}

const LEVEL_INDEX: Record<QrLevel, number> = { L: 0, M: 1, Q: 2, H: 3 };
// prettier-ignore
const ECC_PER_BLOCK = [
  [7,10,15,20,26,18,20,24,30,18,20,24,26,30,22,24,28,30,28,28,28,28,30,30,26,28,30,30,30,30,30,30,30,30,30,30,30,30,30,30],
  [10,16,26,18,24,16,18,22,22,26,30,22,22,24,24,28,28,26,26,26,26,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28,28],
  [13,22,18,26,18,24,18,22,20,24,28,26,24,20,30,24,28,28,26,30,28,30,30,30,30,28,30,30,30,30,30,30,30,30,30,30,30,30,30,30],
  [17,28,22,16,22,28,26,26,24,28,24,28,22,24,24,30,28,28,26,28,30,24,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30],
];
// prettier-ignore
const BLOCKS = [
  [1,1,1,1,1,2,2,2,2,4,4,4,4,4,6,6,6,6,7,8,8,9,9,10,12,12,12,13,14,15,16,17,18,19,19,20,21,22,24,25],
  [1,1,1,2,2,4,4,4,5,5,5,8,9,9,10,10,11,13,14,16,17,17,18,20,21,23,25,26,28,29,31,33,35,37,38,40,43,45,47,49],
  [1,1,2,2,4,4,6,6,8,8,8,10,12,16,12,17,16,18,21,20,23,23,25,27,29,34,34,35,38,40,43,45,48,51,53,56,59,62,65,68],
  [1,1,2,4,4,4,5,6,8,8,11,11,16,16,18,16,19,21,25,25,25,34,30,32,35,37,40,42,45,48,51,54,57,60,63,66,70,74,77,81],
];

function rawModules(ver: number): number {
  let n = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const align = Math.floor(ver / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (ver >= 7) n -= 36;
  }
  return n;
}

const eccLen = (ver: number, l: QrLevel) => ECC_PER_BLOCK[LEVEL_INDEX[l]]![ver - 1]!;
const blockCount = (ver: number, l: QrLevel) => BLOCKS[LEVEL_INDEX[l]]![ver - 1]!;
const dataCodewords = (ver: number, l: QrLevel) => Math.floor(rawModules(ver) / 8) - eccLen(ver, l) * blockCount(ver, l);

function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function rsDivisor(degree: number): number[] {
  const r = new Array<number>(degree).fill(0);
  r[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      r[j] = gfMul(r[j]!, root);
      if (j + 1 < degree) r[j] = r[j]! ^ r[j + 1]!;
    }
    root = gfMul(root, 0x02);
  }
  return r;
}

function rsRemainder(data: number[], divisor: number[]): number[] {
  const r = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ r.shift()!;
    r.push(0);
    divisor.forEach((coef, i) => (r[i] = r[i]! ^ gfMul(coef, factor)));
  }
  return r;
}

/** The data codewords (mode, count, bytes, padding) for the smallest version that holds them. */
function dataFor(bytes: Uint8Array, level: QrLevel): { version: number; codewords: number[] } {
  for (let version = 1; version <= 40; version++) {
    const countBits = version <= 9 ? 8 : 16;
    const capacity = dataCodewords(version, level) * 8;
    if (4 + countBits + bytes.length * 8 > capacity) continue;
    const bits: number[] = [];
    const put = (v: number, n: number) => { for (let i = n - 1; i >= 0; i--) bits.push((v >>> i) & 1); };
    put(0b0100, 4);
    put(bytes.length, countBits);
    for (const b of bytes) put(b, 8);
    put(0, Math.min(4, capacity - bits.length));
    put(0, (8 - (bits.length % 8)) % 8);
    const codewords: number[] = [];
    for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
    for (let pad = 0xec; codewords.length < capacity / 8; pad ^= 0xec ^ 0x11) codewords.push(pad);
    return { version, codewords };
  }
  throw new RangeError(`QR: ${bytes.length} bytes do not fit in version 40 at level ${level}`);
}

/** Splits into blocks, adds Reed-Solomon codewords, interleaves. */
function withEcc(data: number[], version: number, level: QrLevel): number[] {
  const numBlocks = blockCount(version, level);
  const ecc = eccLen(version, level);
  const raw = Math.floor(rawModules(version) / 8);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = rsDivisor(ecc);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - ecc + (i < numShort ? 0 : 1));
    k += dat.length;
    const block = dat.concat(rsRemainder(dat, divisor));
    if (i < numShort) block.splice(dat.length, 0, 0); // placeholder so every block has the same length
    blocks.push(block);
  }
  const out: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++) {
    blocks.forEach((b, j) => { if (i !== shortLen - ecc || j >= numShort) out.push(b[i]!); });
  }
  return out;
}

/** Encodes text (UTF-8, byte mode) as a QR matrix. Level M by default: fine for a ticket URL. */
export function qrEncode(text: string, level: QrLevel = 'M'): QrMatrix {
  const { version, codewords } = dataFor(new TextEncoder().encode(text), level);
  const all = withEcc(codewords, version, level);
  const grid = new QrGrid(version);
  grid.drawFunctionPatterns();
  grid.drawCodewords(all);
  let best = -1;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    grid.applyMask(mask);
    grid.drawFormat(level, mask);
    const p = grid.penalty();
    if (p < bestPenalty) [best, bestPenalty] = [mask, p];
    grid.applyMask(mask); // XOR again = undo
  }
  grid.applyMask(best);
  grid.drawFormat(level, best);
  return { size: grid.size, version, get: (x, y) => grid.modules[y]![x]! };
}
