import { describe, expect, it } from 'vitest';
import { CHIME_SECONDS, buildWav, chimeSamples, chimeWav, concatWav, gain, parseWav, rms, setVolume, silenceWav } from '../../src/voice/wav';
import { goertzel } from './audio-checks';

describe('WAV buffers', () => {
  it('round-trips samples through build and parse', () => {
    const samples = Int16Array.from([0, 1, -1, 32767, -32768, 1234, -4321]);
    const w = parseWav(buildWav(samples, 8000, 1));
    expect(w).toMatchObject({ sampleRate: 8000, channels: 1, bitsPerSample: 16 });
    expect([...w.samples]).toEqual([...samples]);
    expect(w.durationMs).toBeCloseTo((7 / 8000) * 1000);
  });

  it('skips chunks it does not know and reads a buffer that is a slice of a larger one', () => {
    const plain = buildWav(Int16Array.from([5, -5]), 22050);
    const list = Uint8Array.from([...'LIST'].map((c) => c.charCodeAt(0)).concat([3, 0, 0, 0, 9, 9, 9, 0]));
    const withList = new Uint8Array(plain.length + list.length + 1);
    withList.set(plain.subarray(0, 36), 1);
    withList.set(list, 37);
    withList.set(plain.subarray(36), 37 + list.length);
    expect([...parseWav(withList.subarray(1)).samples]).toEqual([5, -5]);
  });

  it('refuses what is not 16-bit PCM WAV', () => {
    expect(() => parseWav(new Uint8Array(10))).toThrow(/RIFF/);
    const eight = buildWav(Int16Array.from([1]), 8000);
    new DataView(eight.buffer).setUint16(34, 8, true);
    expect(() => parseWav(eight)).toThrow(/16-bit/);
  });

  it('joins WAVs of the same format and refuses different rates', () => {
    const joined = parseWav(concatWav(buildWav(Int16Array.from([1, 2])), silenceWav(1), buildWav(Int16Array.from([3]))));
    expect([...joined.samples]).toEqual([1, 2, ...new Array<number>(22).fill(0), 3]);
    expect(() => concatWav(silenceWav(10, 8000), silenceWav(10, 22050))).toThrow(/cannot join/);
  });

  it('makes silence of the asked length', () => {
    const s = parseWav(silenceWav(500, 22050));
    expect(s.durationMs).toBeCloseTo(500, 0);
    expect(rms(s.samples)).toBe(0);
  });

  it('measures loudness: a full-scale square wave is 1, half volume halves it', () => {
    const square = Int16Array.from({ length: 100 }, (_, i) => (i % 2 ? 32767 : -32768));
    expect(rms(square)).toBeCloseTo(1, 3);
    expect(rms(parseWav(setVolume(buildWav(square), 0.5)).samples)).toBeCloseTo(0.5, 3);
    expect([...gain(Int16Array.from([20000, -20000]), 2)]).toEqual([32767, -32768]);
  });

  it('makes a ding-dong chime: 0.8 s, E5 then C5, audible, starting and ending at zero', () => {
    const rate = 22050;
    const c = parseWav(chimeWav(rate));
    expect(c.durationMs).toBeCloseTo(CHIME_SECONDS * 1000, 0);
    expect(rms(c.samples)).toBeGreaterThan(0.05);
    expect(c.samples[0]).toBe(0);
    expect(c.samples[c.samples.length - 1]).toBe(0);
    const ding = c.samples.subarray(0, Math.round(0.25 * rate));
    const dong = c.samples.subarray(Math.round(0.4 * rate), Math.round(0.7 * rate));
    expect(goertzel(ding, rate, 659.25)).toBeGreaterThan(5 * goertzel(ding, rate, 523.25));
    expect(goertzel(dong, rate, 523.25)).toBeGreaterThan(goertzel(dong, rate, 659.25));
  });

  it('has no clicks: no sample-to-sample jump bigger than a smooth tone makes', () => {
    const s = chimeSamples(22050);
    let maxJump = 0;
    for (let i = 1; i < s.length; i++) maxJump = Math.max(maxJump, Math.abs((s[i] ?? 0) - (s[i - 1] ?? 0)));
    // A full-scale 2 kHz sine at 22050 Hz moves at most ~0.57 of full scale per sample; the chime's highest partial is ~2 kHz at 45 %.
    expect(maxJump / 32768).toBeLessThan(0.3);
  });
});
