/** Ticket numbers: the printed and spoken form of a service's sequence. */
import type { Numbering } from './setup';

/** How many numbers a service can hand out in one day under its numbering. */
export function capacity(n: Numbering): number {
  return n.kind === 'range' ? n.to - n.from + 1 : 10 ** Math.max(n.pad, 1) - 1;
}

/** The displayed number for the seq-th ticket of the day (seq starts at 1). */
export function formatNumber(n: Numbering, seq: number): string {
  const value = n.kind === 'range' ? n.from + seq - 1 : seq;
  const digits = String(value).padStart(n.pad, '0');
  return n.kind === 'prefix' ? `${n.prefix}${digits}` : digits;
}
