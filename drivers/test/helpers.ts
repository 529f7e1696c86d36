/** Shared test helpers: temp folders, external decoders, a sample ticket. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import { encodeRaster } from '../src/printer/encode';
import type { Renderer } from '../src/printer/render-pool';

const run = promisify(execFile);

const made: string[] = [];
// Registered on the root suite of each test file that imports this module (modules are isolated per file).
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'motcua-drivers-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Decodes every QR/barcode in an image with zbarimg (an independent decoder); [] when none. */
export async function zbar(png: string): Promise<string[]> {
  try {
    const { stdout } = await run('zbarimg', ['--raw', '-q', png]);
    return stdout.split('\n').filter(Boolean);
  } catch (err) {
    if ((err as { code?: number }).code === 4) return []; // zbarimg: no symbol found
    throw err;
  }
}

/** Reads the text in an image with tesseract (Vietnamese model), whitespace collapsed, NFC. */
export async function ocr(png: string, lang: 'vie' | 'eng' = 'vie'): Promise<string> {
  const { stdout } = await run('tesseract', [png, '-', '-l', lang]);
  return stdout.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A ticket like the kiosk prints (the docs' sample). */
export { sampleTicketJob as sampleJob } from '../src/printer/sample-ticket';

/**
 * A renderer that answers at once with a tiny raster job (queue and deadline tests: the time goes to the
 * printer, not to drawing); `gate` holds every job until it resolves. Counts what it drew.
 */
export function instantRenderer(gate?: Promise<void>): Renderer & { drawn: number; pending: number } {
  const bitmap = { width: 8, height: 1, rowBytes: 1, data: new Uint8Array([0xff]) };
  return {
    pending: 0 as number,
    drawn: 0,
    async render(req, signal) {
      this.pending++;
      try {
        if (gate) await Promise.race([gate, new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)))]);
        signal?.throwIfAborted();
        this.drawn++;
        return { bytes: encodeRaster(bitmap, { widthDots: req.widthDots, cut: req.cut }), png: null };
      } finally {
        this.pending--;
      }
    },
    async close() {},
  };
}
