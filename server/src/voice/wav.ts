/**
 * Hand-written because WAV packages parse and build only: the chime, joins, loudness and gain on 16-bit PCM are a few functions here.
 * PCM WAV (RIFF) buffers: parse, build, join, chime, silence, loudness and gain.
 * Only 16-bit signed PCM: that is what espeak-ng writes (22050 Hz, mono, 16-bit).
 * No node imports: works on Uint8Array (a Buffer is one), so the browser can use it.
 */

/** espeak-ng's output rate; the chime and silences default to it so no resampling is needed. */
export const ESPEAK_SAMPLE_RATE = 22050;

export interface Wav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Interleaved when channels > 1. */
  samples: Int16Array;
  durationMs: number;
}

const ascii = (b: Uint8Array, at: number): string => String.fromCharCode(b[at] ?? 0, b[at + 1] ?? 0, b[at + 2] ?? 0, b[at + 3] ?? 0);

/** Reads a 16-bit PCM WAV; throws on anything else (wrong magic, no fmt/data chunk, other encodings). */
export function parseWav(buf: Uint8Array): Wav {
  if (buf.length < 12 || ascii(buf, 0) !== 'RIFF' || ascii(buf, 8) !== 'WAVE') throw new Error('parseWav: not a RIFF/WAVE buffer');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined;
  let at = 12;
  while (at + 8 <= buf.length) {
    const id = ascii(buf, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      let format = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      if (format === 0xfffe && size >= 26) format = view.getUint16(body + 24, true);
      fmt = { format, channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('parseWav: data chunk before fmt chunk');
      if (fmt.format !== 1 || fmt.bits !== 16) throw new Error(`parseWav: only 16-bit PCM is supported (format ${fmt.format}, ${fmt.bits} bits)`);
      // A streamed WAV may carry 0 or 0xFFFFFFFF as its size: take what is there.
      const bytes = size === 0 || body + size > buf.length ? buf.length - body : size;
      const samples = new Int16Array(Math.floor(bytes / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(body + 2 * i, true);
      const channels = Math.max(1, fmt.channels);
      return { sampleRate: fmt.sampleRate, channels, bitsPerSample: 16, samples, durationMs: (samples.length / channels / fmt.sampleRate) * 1000 };
    }
    at = body + size + (size % 2);
  }
  throw new Error('parseWav: no data chunk');
}

/** Writes 16-bit PCM samples as a WAV buffer with the canonical 44-byte header. */
export function buildWav(samples: Int16Array, sampleRate: number = ESPEAK_SAMPLE_RATE, channels = 1): Uint8Array {
  const out = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string) => { for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i); };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * 2, true);
  view.setUint16(32, channels * 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + 2 * i, s, true));
  return out;
}

/** Joins WAV buffers end to end; they must share sample rate and channel count. */
export function concatWav(...parts: Uint8Array[]): Uint8Array {
  const wavs = parts.map(parseWav);
  const first = wavs[0];
  if (!first) throw new Error('concatWav: nothing to join');
  const odd = wavs.find((w) => w.sampleRate !== first.sampleRate || w.channels !== first.channels);
  if (odd) throw new Error(`concatWav: ${odd.sampleRate} Hz x${odd.channels} cannot join ${first.sampleRate} Hz x${first.channels}`);
  const all = new Int16Array(wavs.reduce((n, w) => n + w.samples.length, 0));
  let at = 0;
  for (const w of wavs) { all.set(w.samples, at); at += w.samples.length; }
  return buildWav(all, first.sampleRate, first.channels);
}

/** A silent mono WAV of the given length, used between the chime and the words and between repeats. */
export function silenceWav(ms: number, sampleRate: number = ESPEAK_SAMPLE_RATE): Uint8Array {
  return buildWav(new Int16Array(Math.round((Math.max(0, ms) * sampleRate) / 1000)), sampleRate);
}

/** Length of the chime in seconds. */
export const CHIME_SECONDS = 0.8;

/**
 * The "ding-dong" before a call, as samples: E5 then C5, each a soft bell (fundamental plus
 * two quieter harmonics, 8 ms raised-cosine attack, exponential decay), the whole faded to
 * exact zero at both ends so it never clicks. Peak about 45 % of full scale, near speech loudness.
 */
export function chimeSamples(sampleRate: number = ESPEAK_SAMPLE_RATE): Int16Array {
  const n = Math.round(CHIME_SECONDS * sampleRate);
  const tones = [{ f: 659.25, start: 0 }, { f: 523.25, start: 0.28 }];
  const attack = 0.008;
  const fadeOut = 0.08;
  const mix = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / sampleRate;
    let v = 0;
    for (const { f, start } of tones) {
      const u = t - start;
      if (u < 0) continue;
      const env = (u < attack ? 0.5 - 0.5 * Math.cos((Math.PI * u) / attack) : 1) * Math.exp(-u / 0.22);
      const w = 2 * Math.PI * f * u;
      v += env * (Math.sin(w) + 0.3 * Math.exp(-u / 0.08) * Math.sin(2 * w) + 0.1 * Math.exp(-u / 0.05) * Math.sin(3 * w));
    }
    const tail = CHIME_SECONDS - t;
    mix[i] = tail < fadeOut ? v * (0.5 - 0.5 * Math.cos((Math.PI * Math.max(0, tail - 1 / sampleRate)) / fadeOut)) : v;
  }
  const peak = mix.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  return Int16Array.from(mix, (v) => Math.round((v / peak) * 0.45 * 32767));
}

/** The chime as a mono WAV at the given rate (use espeak-ng's rate to join it to speech). */
export function chimeWav(sampleRate: number = ESPEAK_SAMPLE_RATE): Uint8Array {
  return buildWav(chimeSamples(sampleRate), sampleRate);
}

/** Root-mean-square loudness of samples, 0 (silence) .. 1 (full-scale square wave). */
export function rms(samples: Int16Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length) / 32768;
}

/** Multiplies samples by a gain, clipping to 16 bits. */
export function gain(samples: Int16Array, factor: number): Int16Array {
  return Int16Array.from(samples, (s) => Math.max(-32768, Math.min(32767, Math.round(s * factor))));
}

/** Scales a WAV's loudness (0 = silent, 1 = unchanged; above 1 amplifies with clipping). */
export function setVolume(wav: Uint8Array, volume: number): Uint8Array {
  const w = parseWav(wav);
  return buildWav(gain(w.samples, Math.max(0, volume)), w.sampleRate, w.channels);
}
