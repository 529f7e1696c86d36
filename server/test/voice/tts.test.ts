import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALL_TEMPLATE, callPhrase } from '../../src/voice/phrases';
import { SPEECH_NICENESS, createVoice } from '../../src/voice/tts';
import type { VoiceConfig } from '../../src/voice/tts';
import { CHIME_SECONDS, chimeSamples, parseWav, rms } from '../../src/voice/wav';
import { windowRms } from './audio-checks';

const hasEspeak = (() => {
  try { execFileSync('espeak-ng', ['--version']); return true; } catch { return false; }
})();

const call = callPhrase(DEFAULT_CALL_TEMPLATE, { number: 'A015', counterNumber: 3 }, { mode: 'number', dialect: 'north' });

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'motcua-voice-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function recordingLog() {
  const warnings: string[] = [];
  return { warnings, log: { warn: (msg: string) => { warnings.push(msg); } } };
}

const voiceIn = async (name: string, extra: Partial<VoiceConfig> = {}) => {
  const { warnings, log } = recordingLog();
  return { warnings, voice: createVoice({ cacheDir: join(dir, name), voice: 'vi', log, ...extra }) };
};

describe('without espeak-ng', () => {
  it('returns null, warns exactly once with the install hint, and reports unavailable', async () => {
    const { warnings, voice } = await voiceIn('missing', { binary: join(dir, 'no-such-espeak-ng') });
    expect(await voice.synthesize(call, { chime: true })).toBeNull();
    expect(await Promise.all([voice.synthesize('một'), voice.synthesize('hai')])).toEqual([null, null]);
    expect(await voice.available()).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/espeak-ng not found.*voice calls are off.*apt-get install espeak-ng/);
  });

  it('returns null without warning for empty text', async () => {
    const { warnings, voice } = await voiceIn('empty', { binary: join(dir, 'no-such-espeak-ng') });
    expect(await voice.synthesize('   ')).toBeNull();
    expect(warnings).toEqual([]);
  });
});

describe.skipIf(!hasEspeak)('with espeak-ng', () => {
  it('speaks a call after the chime: 2-15 s, the chime first, then loud speech', async () => {
    const { voice, warnings } = await voiceIn('call');
    const out = await voice.synthesize(call, { chime: true });
    expect(out).not.toBeNull();
    const w = parseWav(out!.wav);
    expect(w).toMatchObject({ sampleRate: 22050, channels: 1, bitsPerSample: 16 });
    expect(w.durationMs).toBeGreaterThan(2000);
    expect(w.durationMs).toBeLessThan(15_000);
    expect(out!.durationMs).toBeCloseTo(w.durationMs);
    const chime = chimeSamples(22050);
    expect([...w.samples.subarray(0, chime.length)]).toEqual([...chime]);
    const speech = w.samples.subarray(Math.round((CHIME_SECONDS + 0.25) * 22050));
    expect(rms(speech)).toBeGreaterThan(0.05);
    // Speech, not a click or a hum: most 50 ms windows are voiced, some are pauses between words.
    const windows = windowRms(speech, 22050, 50);
    const voiced = windows.filter((r) => r > 0.02).length / windows.length;
    expect(voiced).toBeGreaterThan(0.5);
    expect(voiced).toBeLessThan(1);
    expect(warnings).toEqual([]);
    expect(await voice.available()).toBe(true);
  });

  it('gives a longer WAV for a longer text', async () => {
    const { voice } = await voiceIn('length');
    const short = await voice.synthesize(call);
    const long = await voice.synthesize(`${call}, bộ phận hộ tịch, tầng hai, phòng một trăm linh năm`);
    expect(long!.durationMs).toBeGreaterThan(short!.durationMs + 1500);
  });

  it('passes Vietnamese marks through: "mười lăm" and "muoi lam" sound different', async () => {
    const { voice } = await voiceIn('marks');
    const marked = await voice.synthesize('mười lăm');
    const plain = await voice.synthesize('muoi lam');
    expect(marked!.wav.equals(plain!.wav)).toBe(false);
  });

  it('speaks text that looks like an option instead of obeying it', async () => {
    const { voice } = await voiceIn('dash');
    const out = await voice.synthesize('-s 900 xin chào');
    expect(out!.durationMs).toBeGreaterThan(800);
  });

  it('runs espeak-ng at a lower priority than the server (nice 10), so speech never holds up the screens', async () => {
    // A wrapper that waits, notes its own niceness from /proc, then becomes espeak-ng.
    const wrapper = join(dir, 'espeak-wrapper.sh');
    const noted = join(dir, 'niceness.txt');
    await writeFile(wrapper, `#!/bin/sh\nsleep 0.2\ncut -d' ' -f19 /proc/$$/stat >> '${noted}'\nexec espeak-ng "$@"\n`, { mode: 0o755 });
    const { voice } = await voiceIn('nice', { binary: wrapper });
    const out = await voice.synthesize('số một');
    expect(out?.durationMs).toBeGreaterThan(300);
    const seen = (await readFile(noted, 'utf8')).trim().split('\n');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => Number(n) === SPEECH_NICENESS)).toBe(true);
    expect(SPEECH_NICENESS).toBe(10);
  });

  it('serves the second call from the cache without running espeak-ng again', async () => {
    const { voice } = await voiceIn('cache');
    const first = await voice.synthesize(call, { chime: true });
    const written = (await stat(first!.file)).mtimeMs;
    const again = await voice.synthesize(call, { chime: true });
    expect(voice.stats).toEqual({ runs: 1, hits: 1 });
    expect(again!.file).toBe(first!.file);
    expect(again!.wav.equals(first!.wav)).toBe(true);
    expect((await stat(first!.file)).mtimeMs).toBeGreaterThanOrEqual(written);
  });

  it('shares one espeak-ng run between concurrent calls for the same phrase', async () => {
    const { voice } = await voiceIn('concurrent');
    const outs = await Promise.all([1, 2, 3].map(() => voice.synthesize(call)));
    expect(voice.stats.runs).toBe(1);
    expect(new Set(outs.map((o) => o!.file)).size).toBe(1);
  });

  it('caches each set of options apart: repeat doubles the words, volume lowers them', async () => {
    const { voice } = await voiceIn('options');
    const once = await voice.synthesize('một hai ba');
    const twice = await voice.synthesize('một hai ba', { repeat: 2, gapMs: 500 });
    const quiet = await voice.synthesize('một hai ba', { volume: 0.5 });
    expect(new Set([once!.file, twice!.file, quiet!.file]).size).toBe(3);
    expect(twice!.durationMs).toBeCloseTo(2 * once!.durationMs + 500, -1);
    expect(rms(parseWav(quiet!.wav).samples) / rms(parseWav(once!.wav).samples)).toBeCloseTo(0.5, 2);
  });

  it('keeps at most maxCacheFiles, dropping the least recently used', async () => {
    const { voice } = await voiceIn('bounded', { maxCacheFiles: 2 });
    const a = await voice.synthesize('một');
    const b = await voice.synthesize('hai');
    await voice.synthesize('một'); // a is now the most recently used
    const c = await voice.synthesize('ba');
    const kept = (await readdir(join(dir, 'bounded'))).sort();
    expect(kept).toHaveLength(2);
    expect(kept).toEqual([a!.file, c!.file].map((f) => f.split('/').pop()).sort());
    expect(kept).not.toContain(b!.file.split('/').pop());
  });

  it('reports a voice espeak-ng does not have as unavailable, saying each problem once', async () => {
    const { voice, warnings } = await voiceIn('novoice', { voice: 'xx-nonexistent' });
    expect(await voice.available()).toBe(false);
    expect(await voice.synthesize('một')).toBeNull();
    const afterFirst = warnings.length;
    expect(await voice.synthesize('hai')).toBeNull();
    expect(warnings).toHaveLength(afterFirst);
    expect(afterFirst).toBeGreaterThanOrEqual(1);
    for (const w of warnings) expect(w).toMatch(/voice "xx-nonexistent"/);
  });
});
