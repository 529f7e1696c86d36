/** Vietnamese number formatting, as the reports write it: 1.116 hồ sơ, 98,5%. */

/** 1116 -> "1.116" (dot groups thousands). */
export function formatInt(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 2.5 -> "2,5"; one decimal by default, trailing ",0" dropped (100%, not 100,0%). */
export function formatDecimal(n: number, digits = 1): string {
  const fixed = (Math.round(n * 10 ** digits) / 10 ** digits).toFixed(digits);
  const [int, frac] = fixed.split('.');
  const intPart = formatInt(Number(int));
  const sign = n < 0 && Number(int) === 0 && Number(frac) > 0 ? '-' : '';
  return sign + (frac && Number(frac) !== 0 ? `${intPart},${frac.replace(/0+$/, '')}` : intPart);
}

/** A share as a percentage number with one decimal (2077 of 2108 -> 98.5); 0 when the whole is 0. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/** 98.5 -> "98,5%". */
export function formatPct(p: number): string {
  return `${formatDecimal(p)}%`;
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
