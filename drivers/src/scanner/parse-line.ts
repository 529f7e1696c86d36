/**
 * One scanned line -> what it is: our ticket, an ID card, a dossier receipt, or unknown (with a message
 * the kiosk can show). Pure and browser-safe; never throws, whatever the input.
 */
import type { ScanResult } from '../types';
import { parseCccd } from './cccd';
import { dossierMatcher, type DossierMatcher } from './dossier-code';
import { guardLine, unknown } from './line-guard';
import { parseTicketQr } from './ticket-qr';

export interface ParseOptions {
  /** RegExp source of the dossier code (config devices.dossierPattern); default TT 01/2018. */
  dossierPattern?: string | null;
  /** Epoch ms for "birth date not in the future" (tests). */
  now?: number;
}

const matchers = new Map<string, DossierMatcher>();

function matcherFor(pattern: string | null | undefined): DossierMatcher {
  const key = pattern ?? '';
  let m = matchers.get(key);
  if (!m) {
    try {
      m = dossierMatcher(pattern);
    } catch {
      // A bad pattern is caught by the config schema; never let it stop scanning.
      m = dossierMatcher(null);
    }
    if (matchers.size > 16) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

/** Classifies a scanned line (bytes from a serial scanner or text from a keyboard-mode scanner). */
export function parseScanLine(input: string | Uint8Array, opts: ParseOptions = {}): ScanResult {
  try {
    return classifyScanLine(input, opts);
  } catch {
    // Defence in depth: the parsers are written not to throw, and a fuzz test checks it.
    return unknown('unrecognized', 'Không nhận ra mã này.', 'This code was not recognised.');
  }
}

/** The classifier without parseScanLine's safety net (the fuzz test calls this, so a throw is seen). */
export function classifyScanLine(input: string | Uint8Array, opts: ParseOptions = {}): ScanResult {
  const guarded = guardLine(input);
  if (!guarded.ok) return guarded.result;
  const line = guarded.line;

  const ticketId = parseTicketQr(line);
  if (ticketId) return { kind: 'ticket', ticketId };

  // An ID card's QR starts with its 12-digit number (or something close to it) and has pipes.
  const firstField = line.split('|', 1)[0]!.trim();
  const looksLikeCccd = line.includes('|') && /^\d{6,15}$/.test(firstField);
  const cccd = looksLikeCccd ? parseCccd(line, opts.now) : null;
  if (cccd?.ok) return { kind: 'cccd', card: cccd.card };

  const code = matcherFor(opts.dossierPattern).match(line);
  if (code) return { kind: 'dossier', code };

  if (cccd && !cccd.ok) return cccd.result;
  return unknown(
    'unrecognized',
    'Không nhận ra mã này. Vui lòng quét mã QR trên thẻ căn cước, trên giấy tiếp nhận hồ sơ hoặc trên phiếu số thứ tự.',
    'This code was not recognised. Please scan the QR on an ID card, a dossier receipt or a queue ticket.',
  );
}
