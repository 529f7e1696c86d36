/** Percentiles for the bench. */

/** The p-th percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** p50 and p99, rounded to 0.01 ms. */
export function summary(values: number[]): { p50: number; p99: number; samples: number } {
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(percentile(values, 50)), p99: r(percentile(values, 99)), samples: values.length };
}
