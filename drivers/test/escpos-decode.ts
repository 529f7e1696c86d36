/**
 * Test helper: reads ESC/POS bytes back, independently of the encoder library. Walks every command
 * (an unknown one is an error, so stray bytes cannot hide), collects the GS v 0 raster bands into one
 * 1-bit image, and writes that image as a PNG that zbarimg and tesseract can read.
 */
import { createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';

export interface DecodedJob {
  /** Command names in order, e.g. ['ESC @', 'GS v 0', 'LF', 'GS V']. */
  commands: string[];
  /** The raster image: bands stacked top to bottom; 1 = black. */
  image: { width: number; height: number; pixel(x: number, y: number): boolean } | null;
  /** Printable text bytes outside commands (text mode). */
  text: number[];
  cut: boolean;
}

// Argument byte counts of the fixed-length commands we accept.
const ESC_ARGS: Record<number, number> = { 0x40: 0, 0x4d: 1, 0x74: 1, 0x61: 1, 0x45: 1, 0x21: 1, 0x2d: 1, 0x64: 1, 0x4a: 1, 0x32: 0, 0x33: 1, 0x47: 1, 0x72: 1, 0x70: 3, 0x34: 1 };
const GS_ARGS: Record<number, number> = { 0x21: 1, 0x42: 1, 0x4c: 2, 0x57: 2, 0x50: 2, 0x68: 1, 0x77: 1, 0x48: 1, 0x66: 1 };
const FS_ARGS: Record<number, number> = { 0x2e: 0, 0x26: 0 };

/** Parses a whole job; throws on any byte sequence it does not understand. */
export function decodeEscPos(bytes: Uint8Array): DecodedJob {
  const commands: string[] = [];
  const bands: Array<{ widthBytes: number; height: number; data: Uint8Array }> = [];
  const text: number[] = [];
  let cut = false;
  let i = 0;
  const need = (n: number) => {
    if (i + n > bytes.length) throw new Error(`truncated command at ${i}`);
  };
  const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).padStart(2, '0')}`;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x1b) {
      need(2);
      const c = bytes[i + 1]!;
      const n = ESC_ARGS[c];
      if (n === undefined) throw new Error(`unknown ESC ${hex(c)} at ${i}`);
      commands.push(`ESC ${String.fromCharCode(c)}`);
      need(2 + n);
      i += 2 + n;
    } else if (b === 0x1d) {
      need(2);
      const c = bytes[i + 1]!;
      if (c === 0x76) {
        need(8);
        if (bytes[i + 2] !== 0x30) throw new Error(`GS v ${hex(bytes[i + 2])} is not GS v 0 at ${i}`);
        const widthBytes = bytes[i + 4]! + bytes[i + 5]! * 256;
        const height = bytes[i + 6]! + bytes[i + 7]! * 256;
        need(8 + widthBytes * height);
        bands.push({ widthBytes, height, data: bytes.slice(i + 8, i + 8 + widthBytes * height) });
        commands.push('GS v 0');
        i += 8 + widthBytes * height;
      } else if (c === 0x56) {
        need(3);
        const m = bytes[i + 2]!;
        commands.push('GS V');
        cut = true;
        i += m === 65 || m === 66 ? 4 : 3;
      } else if (c === 0x28) {
        need(5);
        const len = bytes[i + 3]! + bytes[i + 4]! * 256;
        commands.push(`GS ( ${String.fromCharCode(bytes[i + 2]!)}`);
        need(5 + len);
        i += 5 + len;
      } else {
        const n = GS_ARGS[c];
        if (n === undefined) throw new Error(`unknown GS ${hex(c)} at ${i}`);
        commands.push(`GS ${String.fromCharCode(c)}`);
        need(2 + n);
        i += 2 + n;
      }
    } else if (b === 0x1c) {
      need(2);
      const n = FS_ARGS[bytes[i + 1]!];
      if (n === undefined) throw new Error(`unknown FS ${hex(bytes[i + 1])} at ${i}`);
      commands.push(`FS ${String.fromCharCode(bytes[i + 1]!)}`);
      i += 2 + n;
    } else if (b === 0x10 && bytes[i + 1] === 0x04) {
      commands.push('DLE EOT');
      i += 3;
    } else if (b === 0x0a || b === 0x0d) {
      commands.push(b === 0x0a ? 'LF' : 'CR');
      i++;
    } else if (b >= 0x20) {
      text.push(b);
      i++;
    } else {
      throw new Error(`unexpected control byte ${hex(b)} at ${i}`);
    }
  }
  return { commands, image: stack(bands), text, cut };
}

function stack(bands: Array<{ widthBytes: number; height: number; data: Uint8Array }>): DecodedJob['image'] {
  if (bands.length === 0) return null;
  const widthBytes = bands[0]!.widthBytes;
  if (bands.some((b) => b.widthBytes !== widthBytes)) throw new Error('raster bands of different widths');
  const height = bands.reduce((h, b) => h + b.height, 0);
  const data = new Uint8Array(widthBytes * height);
  let row = 0;
  for (const b of bands) {
    data.set(b.data, row * widthBytes);
    row += b.height;
  }
  return { width: widthBytes * 8, height, pixel: (x, y) => (data[y * widthBytes + (x >> 3)]! & (0x80 >> (x & 7))) !== 0 };
}

/**
 * Writes the decoded raster as a PNG with a white border (for zbarimg/tesseract). `scale` > 1 enlarges
 * (nearest neighbour); `shrink` > 1 reduces by averaging shrink x shrink blocks to grey, as a scanner would.
 */
export function writeRasterPng(image: NonNullable<DecodedJob['image']>, path: string, opts: { scale?: number; shrink?: number; border?: number } = {}): void {
  const scale = opts.scale ?? 1;
  const shrink = opts.shrink ?? 1;
  const border = opts.border ?? 16;
  const iw = Math.floor((image.width * scale) / shrink);
  const ih = Math.floor((image.height * scale) / shrink);
  const w = iw + 2 * border;
  const h = ih + 2 * border;
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  const img = g.createImageData(w, h);
  img.data.fill(255);
  for (let y = 0; y < ih; y++) {
    for (let x = 0; x < iw; x++) {
      let black = 0;
      for (let dy = 0; dy < shrink; dy++) {
        for (let dx = 0; dx < shrink; dx++) {
          if (image.pixel(Math.floor((x * shrink + dx) / scale), Math.floor((y * shrink + dy) / scale))) black++;
        }
      }
      const v = Math.round(255 * (1 - black / (shrink * shrink)));
      const i = ((y + border) * w + x + border) * 4;
      img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
    }
  }
  g.putImageData(img, 0, 0);
  writeFileSync(path, canvas.toBuffer('image/png'));
}
