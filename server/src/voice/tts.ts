/**
 * Speech for the wall display's call and the kiosk's read-aloud, made by espeak-ng and kept
 * in a file cache. A missing or failing espeak-ng never throws: synthesize returns null,
 * says why once, and the queue goes on without voice.
 *
 * The cache holds one `<hash>.wav` per (text, voice, speed, pitch, chime, repeat, gap,
 * volume). Numbers x counters make thousands of possible calls, so it is bounded:
 * at most `maxCacheFiles` (default 500, about 150-400 KB each, so roughly 75-200 MB);
 * each write drops the least recently used files (a cache hit refreshes the file's mtime).
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setPriority } from 'node:os';
import type { Logger } from '../log';
import { chimeWav, concatWav, parseWav, setVolume, silenceWav } from './wav';

export interface VoiceConfig {
  /** Folder for cached WAVs (created when missing), e.g. `<MOTCUA_DATA>/voice`. */
  cacheDir: string;
  /** espeak-ng voice: 'vi' (northern), 'vi-vn-x-south', 'vi-vn-x-central'. Default 'vi'. */
  voice?: string;
  /** Words per minute; default 150 (espeak's 175 is hurried for a waiting hall). */
  speed?: number;
  /** 0..99, default 50. */
  pitch?: number;
  log: Pick<Logger, 'warn'>;
  /** Path or name of the espeak-ng program; default 'espeak-ng' from PATH. */
  binary?: string;
  /** Most WAVs kept in cacheDir; default 500. */
  maxCacheFiles?: number;
  /** Longest an espeak-ng run may take; default 20 s. */
  timeoutMs?: number;
}

export interface SynthesizeOptions {
  /** Play the ding-dong first; default false (a call passes true, the kiosk's read-aloud does not). */
  chime?: boolean;
  /** Times the words are spoken, 1..5; default 1. */
  repeat?: number;
  /** Silence between repeats, ms; default 700. */
  gapMs?: number;
  /** 0..1; default 1. */
  volume?: number;
  /** An espeak-ng voice for this text instead of the configured one, e.g. 'en-us' for the kiosk's English mode. */
  voice?: string;
}

export interface Synthesized {
  wav: Buffer;
  /** The cached file, for serving to a screen. */
  file: string;
  durationMs: number;
}

export interface Voice {
  /** Speaks text into a WAV (cached); null when espeak-ng is missing or fails. Never throws. */
  synthesize(text: string, opts?: SynthesizeOptions): Promise<Synthesized | null>;
  /** Whether espeak-ng runs and has the configured voice (checked once). */
  available(): Promise<boolean>;
  /** espeak-ng runs and cache hits so far, for tests and the health page. */
  readonly stats: { runs: number; hits: number };
}

/** Longest text accepted: espeak-ng takes it as one argument, and the OS caps those at 128 KB. */
export const MAX_TEXT_LENGTH = 10_000;
const CHIME_GAP_MS = 250;
const CACHE_FORMAT = 1; // bump when the assembly changes, so old cached files are not reused
const CACHED = /^[0-9a-f]{32}\.wav$/;

interface RunResult { ok: true; stdout: string }
interface RunFailure { ok: false; missing: boolean; message: string }

/**
 * How much lower than the server espeak-ng runs (`nice` 10). A call's speech takes 50-150 ms of CPU;
 * on a small office PC it would otherwise compete with the queue and the screens' updates, which
 * must go first (the display fetches the audio only after it has shown the call).
 */
export const SPEECH_NICENESS = 10;

function run(binary: string, args: string[], timeout: number): Promise<RunResult | RunFailure> {
  return new Promise((done) => {
    // execFile, never a shell: the text is one argument after `--`, so nothing in it is interpreted.
    const child = execFile(binary, args, { timeout, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return done({ ok: true, stdout });
      const code = (err as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT' || code === 'EACCES';
      done({ ok: false, missing, message: (stderr || err.message).trim() });
    });
    try {
      if (child.pid) setPriority(child.pid, SPEECH_NICENESS);
    } catch { /* already gone, or not allowed: it runs at normal priority */ }
  });
}

/** Creates the voice the server uses for calls and read-aloud. */
export function createVoice(config: VoiceConfig): Voice {
  const cacheDir = resolve(config.cacheDir);
  const binary = config.binary ?? 'espeak-ng';
  const voiceName = config.voice ?? 'vi';
  const speed = config.speed ?? 150;
  const pitch = config.pitch ?? 50;
  const maxFiles = Math.max(1, config.maxCacheFiles ?? 500);
  const timeout = config.timeoutMs ?? 20_000;
  const stats = { runs: 0, hits: 0 };
  const inflight = new Map<string, Promise<Synthesized | null>>();
  let missing = false;
  let warnedMissing = false;
  let probe: Promise<boolean> | undefined;
  const warned = new Set<string>();

  // A broken voice fails on every call: say each distinct problem once, not once per call.
  const warnOnce = (msg: string) => {
    if (warned.has(msg) || warned.size > 100) return;
    warned.add(msg);
    config.log.warn(msg);
  };

  const warnMissing = () => {
    missing = true;
    if (warnedMissing) return;
    warnedMissing = true;
    config.log.warn(`espeak-ng not found (${binary}): voice calls are off; install with: apt-get install espeak-ng`);
  };

  const available = (): Promise<boolean> => {
    probe ??= run(binary, ['-v', voiceName, '-q', '--', 'a'], timeout).then((r) => {
      if (r.ok) return true;
      if (r.missing) warnMissing();
      else warnOnce(`espeak-ng cannot speak with voice "${voiceName}": ${r.message}`);
      return false;
    });
    return probe;
  };

  /** Runs espeak-ng into a temporary file and returns its bytes. */
  const speak = async (text: string, key: string, voice: string): Promise<Uint8Array | null> => {
    const tmp = join(cacheDir, `.tmp-${key}-${randomBytes(4).toString('hex')}.wav`);
    stats.runs++;
    const r = await run(binary, ['-v', voice, '-s', String(speed), '-p', String(pitch), '-w', tmp, '--', text], timeout);
    try {
      if (r.ok) return await readFile(tmp);
      if (r.missing) warnMissing();
      else warnOnce(`espeak-ng failed (voice "${voice}"): ${r.message}`);
      return null;
    } finally {
      await unlink(tmp).catch(() => {});
    }
  };

  const assemble = (speech: Uint8Array, o: Required<SynthesizeOptions>): Uint8Array => {
    const rate = parseWav(speech).sampleRate;
    const parts: Uint8Array[] = o.chime ? [chimeWav(rate), silenceWav(CHIME_GAP_MS, rate)] : [];
    for (let i = 0; i < o.repeat; i++) parts.push(...(i > 0 ? [silenceWav(o.gapMs, rate)] : []), speech);
    const joined = concatWav(...parts);
    return o.volume === 1 ? joined : setVolume(joined, o.volume);
  };

  /** Keeps at most maxFiles cached WAVs, dropping the least recently used. */
  const evict = async () => {
    const names = (await readdir(cacheDir)).filter((n) => CACHED.test(n));
    if (names.length <= maxFiles) return;
    const aged = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })));
    aged.sort((a, b) => a.t - b.t);
    await Promise.all(aged.slice(0, names.length - maxFiles).map(({ n }) => unlink(join(cacheDir, n)).catch(() => {})));
  };

  const produce = async (text: string, key: string, o: Required<SynthesizeOptions>): Promise<Synthesized | null> => {
    const file = join(cacheDir, `${key}.wav`);
    const cached = await readFile(file).catch(() => null);
    if (cached) {
      stats.hits++;
      const now = new Date();
      await utimes(file, now, now).catch(() => {});
      return { wav: cached, file, durationMs: parseWav(cached).durationMs };
    }
    if (missing) return null;
    await mkdir(cacheDir, { recursive: true });
    const speech = await speak(text, key, o.voice);
    if (!speech) return null;
    const wav = Buffer.from(assemble(speech, o));
    const part = `${file}.${randomBytes(4).toString('hex')}.part`;
    await writeFile(part, wav);
    await rename(part, file); // atomic: a reader never sees half a file
    await evict();
    return { wav, file, durationMs: parseWav(wav).durationMs };
  };

  const synthesize = async (text: string, opts: SynthesizeOptions = {}): Promise<Synthesized | null> => {
    // NFC: text typed on some keyboards arrives decomposed, which espeak-ng reads badly.
    const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!clean) return null;
    if (clean.length > MAX_TEXT_LENGTH) {
      config.log.warn(`voice: text of ${clean.length} characters is longer than ${MAX_TEXT_LENGTH}; not spoken`);
      return null;
    }
    const o: Required<SynthesizeOptions> = {
      chime: opts.chime ?? false,
      repeat: Math.min(5, Math.max(1, Math.round(opts.repeat ?? 1))),
      gapMs: Math.min(5000, Math.max(0, Math.round(opts.gapMs ?? 700))),
      volume: Math.min(1, Math.max(0, opts.volume ?? 1)),
      voice: opts.voice ?? voiceName,
    };
    const key = createHash('sha256')
      .update(JSON.stringify([CACHE_FORMAT, o.voice, speed, pitch, clean, o.chime, o.repeat, o.gapMs, o.volume]))
      .digest('hex')
      .slice(0, 32);
    const running = inflight.get(key);
    if (running) return running;
    const job = produce(clean, key, o)
      .catch((err: unknown) => {
        config.log.warn(`voice: could not synthesize "${clean.slice(0, 60)}": ${err instanceof Error ? err.message : String(err)}`);
        return null;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, job);
    return job;
  };

  return { synthesize, available, stats };
}
