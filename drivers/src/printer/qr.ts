/**
 * A QR Code module matrix from the `qrcode` package (byte mode, UTF-8, levels L/M/Q/H), for the ticket
 * QR drawn into the raster and on the kiosk page. Browser-safe: the package's browser entry is pure JS.
 * Checked by decoding with zbarimg in the tests.
 */
import { create } from 'qrcode';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/** A square of modules: true = dark. */
export interface QrMatrix {
  size: number;
  version: number;
  get(x: number, y: number): boolean;
}

/** Encodes text (UTF-8, byte mode) as a QR matrix. Level M by default: fine for a ticket URL. */
export function qrEncode(text: string, level: QrLevel = 'M'): QrMatrix {
  let code;
  try {
    code = create([{ mode: 'byte', data: new TextEncoder().encode(text) }], { errorCorrectionLevel: level });
  } catch (e) {
    // Over version 40's capacity: refuse rather than draw a broken symbol.
    throw new RangeError(`QR: ${text.length} characters do not fit at level ${level}`, { cause: e });
  }
  const { size, data } = code.modules;
  return { size, version: code.version, get: (x, y) => data[y * size + x] === 1 };
}
