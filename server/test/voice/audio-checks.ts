/** Test helpers that look into audio without listening to it. */

/** Relative power of one frequency in the samples (Goertzel), normalized by length. */
export function goertzel(samples: Int16Array, sampleRate: number, freq: number): number {
  const k = (2 * Math.cos((2 * Math.PI * freq) / sampleRate));
  let s1 = 0;
  let s2 = 0;
  for (const x of samples) {
    const s0 = x / 32768 + k * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return (s1 * s1 + s2 * s2 - k * s1 * s2) / (samples.length * samples.length);
}

/** RMS of each window of `ms` milliseconds, for telling speech from the silence around it. */
export function windowRms(samples: Int16Array, sampleRate: number, ms: number): number[] {
  const size = Math.max(1, Math.round((sampleRate * ms) / 1000));
  const out: number[] = [];
  for (let at = 0; at + size <= samples.length; at += size) {
    let sum = 0;
    for (const x of samples.subarray(at, at + size)) sum += x * x;
    out.push(Math.sqrt(sum / size) / 32768);
  }
  return out;
}
