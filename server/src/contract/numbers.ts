/**
 * Vietnamese numbers as every screen and file prints them (Intl.NumberFormat('vi-VN')): "1.116", "98,5%", "0,05%".
 * A share is never printed as 0% or 100% when it is not: it gets the decimals it needs to show what it is.
 */

const cache = new Map<string, Intl.NumberFormat>();
function nf(maxDigits: number, grouping: boolean): Intl.NumberFormat {
  const key = `${maxDigits}${grouping}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDigits, useGrouping: grouping, signDisplay: 'negative' })));
  return f;
}

/** 1116 -> "1.116"; 2.55 with 1 digit -> "2,6"; trailing zeros dropped ("100", not "100,0"). */
export function formatNumberVi(n: number, maxDigits = 0, grouping = true): string {
  return nf(maxDigits, grouping).format(n);
}

/** Decimals a share (in %) needs: one, or more when it is within 1 point of 0% or 100% (0,05%; 99,95%). */
export function shareDecimals(p: number): number {
  const small = Math.min(p, 100 - p);
  if (!(small > 0)) return 0;
  return Math.max(1, Math.min(6, Math.ceil(-Math.log10(small) - 1e-9)));
}

/** part of whole in %, rounded to the decimals the share needs (2077 of 2108 -> 98.5; 1 of 2000 -> 0.05); 0 when whole is 0. */
export function percent(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  const exact = (part / whole) * 100;
  const d = shareDecimals(exact);
  return Math.round(exact * 10 ** d) / 10 ** d;
}

/** A share from percent() as text: 98.5 -> "98,5%", 0.05 -> "0,05%", 100 -> "100%". */
export function formatPct(p: number): string {
  return `${nf(shareDecimals(p), true).format(p)}%`;
}
