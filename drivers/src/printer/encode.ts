/**
 * ESC/POS bytes for a job, with @point-of-sale/receipt-printer-encoder. Pure: bitmap/job in, bytes out.
 * Raster (default): ESC @, the bitmap as GS v 0 bands, feed, cut. Text: the printer's own font with a
 * Vietnamese code page (TCVN-3 or Windows-1258), for printers known to have one.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Bitmap, TicketPrintJob } from '../types';
import { formatIssued } from './ticket-layout';

export interface RasterEncodeOptions {
  /** Paper width in dots; the bitmap must not be wider. */
  widthDots: number;
  /** Default true. */
  cut?: boolean;
  /** Lines fed before the cut, so the last printed line clears the cutter. Default 5. */
  feedLines?: number;
}

/** Encodes a 1-bit bitmap as a raster print job (GS v 0), then feeds and cuts. */
export function encodeRaster(bitmap: Bitmap, opts: RasterEncodeOptions): Uint8Array {
  if (bitmap.width > opts.widthDots) throw new RangeError(`image is ${bitmap.width} dots wide, the paper ${opts.widthDots}`);
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    imageMode: 'raster', // GS v 0: every ESC/POS printer since the TM-T88II; ESC * column mode is the fallback we do not need
    columns: Math.floor(opts.widthDots / 12),
    feedBeforeCut: opts.feedLines ?? 5,
  });
  encoder.initialize().image(toRgba(bitmap), { width: bitmap.width, height: bitmap.height, algorithm: 'threshold', threshold: 128 });
  if (opts.cut !== false) encoder.cut('partial');
  else encoder.newline(opts.feedLines ?? 5);
  return encoder.encode();
}

/** The encoder takes RGBA pixels: expand the 1-bit bitmap (black 0, white 255). */
function toRgba(b: Bitmap): { data: Uint8ClampedArray; width: number; height: number } {
  const data = new Uint8ClampedArray(b.width * b.height * 4).fill(255);
  for (let y = 0; y < b.height; y++) {
    for (let x = 0; x < b.width; x++) {
      if (b.data[y * b.rowBytes + (x >> 3)]! & (0x80 >> (x & 7))) {
        const i = (y * b.width + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width: b.width, height: b.height };
}

export interface TextEncodeOptions {
  widthDots: number;
  codepage: 'tcvn3' | 'windows1258';
  /** The encoder's table of code page numbers for the printer's firmware (epson, xprinter, ...). */
  codepageMapping: string;
  /** Print the ticket URL as the printer's native QR (GS ( k). */
  qr: boolean;
}

const TEXT_WORDS = {
  vi: { label: 'SỐ THỨ TỰ', priority: 'Ưu tiên', ahead: 'Số người đang chờ trước bạn', footer: 'Vui lòng chờ đến lượt' },
  en: { label: 'QUEUE NUMBER', priority: 'Priority', ahead: 'People waiting before you', footer: 'Please wait for your turn' },
} as const;

/** Encodes a ticket in text mode: the printer's font, a Vietnamese code page, the number enlarged. */
export function encodeTextTicket(job: TicketPrintJob, opts: TextEncodeOptions): Uint8Array {
  const columns = Math.floor(opts.widthDots / 12);
  const w = TEXT_WORDS[job.lang ?? 'vi'];
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns,
    feedBeforeCut: 5,
    errors: 'relaxed',
    codepageMapping: opts.codepageMapping as 'epson',
    // TCVN-3 has lower case in one table and capitals in another: let the encoder switch between them.
    codepageCandidates: opts.codepage === 'tcvn3' ? ['tcvn3', 'tcvn3capitals'] : ['windows1258'],
  });
  const t = (s: string) => (opts.codepage === 'tcvn3' ? forTcvn3(s) : forWindows1258(s));
  const mult = Math.max(1, Math.min(6, Math.floor((columns * 0.9) / Math.max(1, job.number.length))));
  encoder.initialize().codepage('auto').align('center');
  encoder.bold(true).line(t(job.officeName)).bold(false).rule().line(t(w.label));
  encoder.size(mult, mult).bold(true).line(t(job.number)).size(1, 1);
  encoder.size(2, 2).line(t(job.serviceName)).size(1, 1).bold(false);
  if (job.priorityName) encoder.invert(true).bold(true).line(t(` ${w.priority}: ${job.priorityName} `)).bold(false).invert(false);
  encoder.newline().line(t(`${w.ahead}: ${Math.max(0, job.ahead)}`)).line(t(formatIssued(job.issuedAt, job.timeZone, job.lang ?? 'vi')));
  if (opts.qr) encoder.newline().qrcode(job.url, { model: 2, size: 6, errorlevel: 'm' });
  encoder.rule().bold(true).line(t(job.footer ?? w.footer)).bold(false).cut('partial');
  return encoder.encode();
}

// The code page tables in the encoder have no capital Đ for TCVN-3: print D rather than '?'.
const forTcvn3 = (s: string) => s.normalize('NFC').replace(/Đ/g, 'D');

// Windows-1258 has â ê ô ă ơ ư đ precomposed but the five tone marks only as combining characters.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Rewrites Vietnamese text into the form Windows-1258 can encode: base letter, then combining tone mark. */
export function forWindows1258(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const tones = d.match(TONES)?.join('') ?? '';
    out += tones ? d.replace(TONES, '').normalize('NFC') + tones : ch;
  }
  return out;
}
