/**
 * Draws layout blocks with @napi-rs/canvas in Be Vietnam Pro and thresholds them to a 1-bit bitmap.
 * Raster printing makes Vietnamese exact on any ESC/POS printer, whatever code pages its firmware has.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Bitmap, RenderedImage, TicketPrintJob } from '../types';
import { qrEncode } from './qr';
import { ticketLayout, type LayoutBlock, type TicketLayoutOptions } from './ticket-layout';

/** The one font family every ticket is drawn in. */
export const FONT_FAMILY = 'Be Vietnam Pro';
const MARGIN = 12;
let fontsReady = false;

/** Registers the Be Vietnam Pro subsets (latin, latin-ext, vietnamese; 400 and 700) under one family, once. */
export function registerFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
    for (const weight of [400, 700]) GlobalFonts.registerFromPath(join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff2`), FONT_FAMILY);
  }
  fontsReady = true;
}

type Placed = { block: LayoutBlock; lines: string[]; size: number; height: number; boldFrom?: number };

/** Renders blocks at a paper width (dots) to a new canvas (white paper, black ink). */
export function renderBlocks(blocks: LayoutBlock[], width: number): Canvas {
  return drawInto(createCanvas(width, 1), blocks, width);
}

// One canvas per thread for jobs, resized to each: resizing frees the old pixels at once, where a new canvas a job
// left ~3 MB for the garbage collector's finalizers (measured: ~90 MB waiting at any time in a burst).
let jobCanvas: Canvas | null = null;
let probeCanvas: Canvas | null = null;

/** Draws blocks on `canvas`, resized to the paper width and the blocks' height. */
function drawInto(canvas: Canvas, blocks: LayoutBlock[], width: number): Canvas {
  registerFonts();
  probeCanvas ??= createCanvas(width, 10);
  const probe = probeCanvas.getContext('2d');
  const placed = blocks.map((b) => measure(probe, b, width));
  const height = Math.ceil(placed.reduce((h, p) => h + p.height, 0) + 24);
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#000';
  g.textAlign = 'center';
  let y = 8;
  for (const p of placed) {
    draw(g, p, width, y);
    y += p.height;
  }
  return canvas;
}

/** Where a checklist item's text starts, after its tick box. */
const itemIndent = (size: number) => Math.round(size * 0.8) + 16;
const font = (weight: number, size: number) => `${weight} ${size}px "${FONT_FAMILY}"`;
// Line box and baseline as shares of the font size; Be Vietnam Pro stacks tone marks high above capitals.
const LINE = 1.42;
const BASELINE = 1.1;

function measure(g: SKRSContext2D, b: LayoutBlock, width: number): Placed {
  const avail = width - 2 * MARGIN;
  switch (b.kind) {
    case 'text': {
      const pad = b.frame ? 16 : 0;
      let size = b.size;
      let lines = wrap(g, b.text, font(b.weight, size), avail - 2 * pad);
      // Shrink a block whose wrapped text would run past maxLines (a very long office name).
      while (b.maxLines && lines.length > b.maxLines && size > 14) {
        size -= 2;
        lines = wrap(g, b.text, font(b.weight, size), avail - 2 * pad);
      }
      if (b.maxLines) lines = lines.slice(0, b.maxLines);
      return { block: b, lines, size, height: lines.length * size * LINE + (b.frame ? 12 : 0) };
    }
    case 'item': {
      const textAvail = avail - itemIndent(b.size);
      const lines = wrap(g, b.text, font(400, b.size), textAvail);
      const detail = b.detail ? wrap(g, b.detail, font(700, b.size), textAvail) : [];
      return { block: b, lines: [...lines, ...detail], boldFrom: lines.length, size: b.size, height: (lines.length + detail.length) * b.size * LINE + 10 };
    }
    case 'fit': {
      g.font = font(b.weight, 100);
      const w100 = g.measureText(b.text).width * (b.condense ?? 1) || 1;
      const size = Math.floor(Math.min(b.maxSize, (100 * width * b.widthShare) / w100));
      // Digits and capitals: no descenders, so the line box can be tight.
      return { block: b, lines: [b.text], size, height: size * 1.12 };
    }
    case 'qr': {
      const m = qrEncode(b.data, 'M');
      const module = Math.max(2, Math.min(b.moduleDots, Math.floor((avail - 8 * 2) / (m.size + 8))));
      return { block: b, lines: [], size: module, height: (m.size + 8) * module };
    }
    case 'rule':
      return { block: b, lines: [], size: b.thickness, height: b.thickness };
    case 'space':
      return { block: b, lines: [], size: 0, height: b.dots };
  }
}

function draw(g: SKRSContext2D, p: Placed, width: number, top: number): void {
  const b = p.block;
  const cx = width / 2;
  switch (b.kind) {
    case 'text': {
      g.font = font(b.weight, p.size);
      if (b.frame === 'inverted') {
        g.fillRect(MARGIN, top, width - 2 * MARGIN, p.height);
        g.fillStyle = '#fff';
      } else if (b.frame === 'box') {
        const widest = Math.max(...p.lines.map((l) => g.measureText(l).width));
        const boxW = Math.min(width - 2 * MARGIN, widest + 40);
        g.lineWidth = 4;
        g.strokeRect(cx - boxW / 2 + 2, top + 2, boxW - 4, p.height - 4);
      }
      if (b.align === 'left') g.textAlign = 'left';
      const x = b.align === 'left' ? MARGIN : cx;
      p.lines.forEach((line, i) => g.fillText(line, x, top + (b.frame ? 6 : 0) + i * p.size * LINE + p.size * BASELINE));
      g.fillStyle = '#000';
      g.textAlign = 'center';
      return;
    }
    case 'item': {
      const box = Math.round(b.size * 0.8);
      g.lineWidth = 3;
      g.strokeRect(MARGIN + 2, top + Math.round(b.size * 0.32), box, box);
      g.textAlign = 'left';
      p.lines.forEach((line, i) => {
        g.font = font(i >= (p.boldFrom ?? p.lines.length) ? 700 : 400, p.size);
        g.fillText(line, MARGIN + itemIndent(b.size), top + i * p.size * LINE + p.size * BASELINE);
      });
      g.textAlign = 'center';
      return;
    }
    case 'fit':
      g.font = font(b.weight, p.size);
      g.save();
      g.translate(cx, top + p.size * 0.98);
      g.scale(b.condense ?? 1, 1);
      g.fillText(b.text, 0, 0);
      g.restore();
      return;
    case 'qr': {
      const m = qrEncode(b.data, 'M');
      const k = p.size;
      const x0 = Math.round(cx - (m.size * k) / 2);
      const y0 = top + 4 * k; // the quiet zone is the paper around it
      for (let y = 0; y < m.size; y++) {
        for (let x = 0; x < m.size; x++) if (m.get(x, y)) g.fillRect(x0 + x * k, y0 + y * k, k, k);
      }
      return;
    }
    case 'rule':
      g.fillRect(MARGIN, top, width - 2 * MARGIN, b.thickness);
      return;
    case 'space':
      return;
  }
}

/** Word wrap with balanced lines (no lone last word): the narrowest width that keeps the same line count. */
function wrap(g: SKRSContext2D, text: string, f: string, avail: number): string[] {
  const lines = greedyWrap(g, text, f, avail);
  if (lines.length < 2) return lines;
  let [lo, hi] = [avail / lines.length, avail];
  let best = lines;
  while (hi - lo > 4) {
    const mid = (lo + hi) / 2;
    const tryLines = greedyWrap(g, text, f, mid);
    if (tryLines.length <= lines.length) [hi, best] = [mid, tryLines];
    else lo = mid;
  }
  return best;
}

/** Greedy word wrap; a word wider than the line is cut by characters. */
function greedyWrap(g: SKRSContext2D, text: string, f: string, avail: number): string[] {
  g.font = f;
  const fits = (s: string) => g.measureText(s).width <= avail;
  const lines: string[] = [];
  let cur = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = cur ? `${cur} ${word}` : word;
    if (fits(next)) cur = next;
    else {
      if (cur) lines.push(cur);
      cur = word;
      while (!fits(cur) && Array.from(cur).length > 1) {
        const chars = Array.from(cur);
        let n = chars.length - 1;
        while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
        lines.push(chars.slice(0, n).join(''));
        cur = chars.slice(n).join('');
      }
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}

/**
 * Thresholds a canvas to 1 bit (luminance below `threshold` prints), rows packed like GS v 0. Above
 * mid-grey by default: anti-aliased edges then print, which keeps thin strokes of small text whole.
 */
export function toBitmap(canvas: Canvas, threshold = 160): Bitmap {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const rowBytes = Math.ceil(width / 8);
  const data = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const lum = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
      if (lum < threshold) data[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { width, height, rowBytes, data };
}

let pngCanvas: Canvas | null = null;

/** A PNG of a 1-bit bitmap: exactly what the printer gets (for the fake printer and docs). */
export function bitmapToPng(b: Bitmap): Buffer {
  pngCanvas ??= createCanvas(b.width, b.height);
  const canvas = pngCanvas;
  canvas.width = b.width;
  canvas.height = b.height;
  const g = canvas.getContext('2d');
  const img = g.createImageData(b.width, b.height);
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      const v = b.data[y * b.rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 0 : 255;
      const i = (y * b.width + x) * 4;
      img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
      img.data[i + 3] = 255;
    }
  }
  g.putImageData(img, 0, 0);
  return canvas.toBuffer('image/png');
}

/** Renders any layout to a printable image (the generic job's render function builds on this). */
export function renderLayout(blocks: LayoutBlock[], width: number): RenderedImage {
  jobCanvas ??= createCanvas(width, 1);
  const bitmap = toBitmap(drawInto(jobCanvas, blocks, width));
  return { bitmap, png: () => bitmapToPng(bitmap) };
}

/** Renders a queue ticket at a paper width in dots (576 = 80 mm, 384 = 58 mm). */
export function renderTicket(job: TicketPrintJob, width: number, opts: TicketLayoutOptions = {}): RenderedImage {
  return renderLayout(ticketLayout(job, opts), width);
}
