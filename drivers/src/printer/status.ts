/**
 * ESC/POS real-time status: DLE EOT n (0x10 0x04 n) and the one byte the printer answers. Pure.
 * Every answer byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not a status byte.
 */
import type { DeviceState } from '../types';

export type StatusRequest = 1 | 2 | 3 | 4;

/** The request bytes: n=1 printer, 2 offline cause, 3 error cause, 4 paper roll sensor. */
export function dleEot(n: StatusRequest): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/** What the status bytes say, decoded. */
export interface StatusBits {
  offline?: boolean;
  coverOpen?: boolean;
  feedButton?: boolean;
  paperEndStop?: boolean;
  errorOccurred?: boolean;
  recoverableError?: boolean;
  cutterError?: boolean;
  unrecoverableError?: boolean;
  autoRecoverableError?: boolean;
  paperNearEnd?: boolean;
  paperEnd?: boolean;
}

const on = (b: number, i: number) => ((b >> i) & 1) === 1;

/** True when a byte has the fixed bits of a DLE EOT answer. */
export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

/** Decodes one answer byte to request n; null when the byte is not a status byte. */
export function parseStatusByte(n: StatusRequest, b: number): StatusBits | null {
  if (!Number.isInteger(b) || b < 0 || b > 255 || !isStatusByte(b)) return null;
  switch (n) {
    case 1:
      return { offline: on(b, 3), feedButton: on(b, 6) };
    case 2:
      return { coverOpen: on(b, 2), feedButton: on(b, 3), paperEndStop: on(b, 5), errorOccurred: on(b, 6) };
    case 3:
      return { recoverableError: on(b, 2), cutterError: on(b, 3), unrecoverableError: on(b, 5), autoRecoverableError: on(b, 6) };
    case 4:
      // Each condition has two bits (two sensors on some models): either one means the condition.
      return { paperNearEnd: on(b, 2) || on(b, 3), paperEnd: on(b, 5) || on(b, 6) };
  }
}

export interface ParsedStatus {
  state: DeviceState;
  detail?: string;
  bits: StatusBits;
  /** Requests whose answer was missing or not a status byte. */
  invalid: StatusRequest[];
}

/**
 * Turns the answers to DLE EOT 1-4 (any subset; missing ones are skipped) into one device state.
 * Order matters: a printer out of paper also reports "offline"; the cause is what staff must see.
 */
export function parseDleEot(answers: Partial<Record<StatusRequest, number | null | undefined>>): ParsedStatus {
  const bits: StatusBits = {};
  const invalid: StatusRequest[] = [];
  for (const n of [1, 2, 3, 4] as const) {
    if (!(n in answers)) continue;
    const b = answers[n];
    const parsed = b === null || b === undefined ? null : parseStatusByte(n, b);
    if (parsed) Object.assign(bits, parsed);
    else invalid.push(n);
  }
  const result = (state: DeviceState, detail?: string): ParsedStatus => (detail ? { state, detail, bits, invalid } : { state, bits, invalid });
  if (bits.paperEnd || bits.paperEndStop) return result('paperOut', 'paper end');
  if (bits.coverOpen) return result('coverOpen', 'cover open');
  if (bits.cutterError) return result('error', 'autocutter error');
  if (bits.unrecoverableError) return result('error', 'unrecoverable error');
  if (bits.autoRecoverableError) return result('error', 'auto-recoverable error (head overheated?)');
  if (bits.recoverableError || bits.errorOccurred) return result('error', 'printer error');
  if (bits.offline) return result('offline', 'printer reports offline');
  if (bits.paperNearEnd) return result('paperNearEnd', 'paper near end');
  return result('ready');
}

/** States in which a job may be sent to the printer. */
export function canPrint(state: DeviceState): boolean {
  return state === 'ready' || state === 'paperNearEnd';
}
