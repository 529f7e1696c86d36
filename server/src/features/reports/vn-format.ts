/** Vietnamese number formatting, as the reports write it: 1.116 hồ sơ, 98,5%, 0,05%. One source: contract/numbers.ts. */
import { formatNumberVi, formatPct, percent } from '../../contract/numbers';

export { formatPct, percent };

/** 1116 -> "1.116" (dot groups thousands). */
export function formatInt(n: number): string {
  return formatNumberVi(Math.round(n));
}

/** 2.5 -> "2,5"; one decimal by default, trailing ",0" dropped (100%, not 100,0%). */
function formatDecimal(n: number, digits = 1): string {
  return formatNumberVi(n, digits);
}

/** '2026-11-05' -> '05/11/2026'. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Seconds as minutes with one decimal: 450 -> "7,5 phút". */
export function formatMinutes(seconds: number | null): string {
  return seconds === null ? '–' : `${formatDecimal(seconds / 60)} phút`;
}
