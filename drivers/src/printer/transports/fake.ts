/**
 * A printer with no hardware: each job becomes `<dataDir>/printer/<seq>.bin` (the exact ESC/POS bytes)
 * and `<seq>.png` (the picture that was printed). Numbering continues after files already there.
 * setState() simulates faults for tests and the demo: jobs are then refused exactly as a real printer's.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeviceFault } from '../../errors';
import type { DeviceState } from '../../types';
import type { QueuedJob } from '../queue';
import { canPrint } from '../status';
import type { PrinterTransport, SeenState } from '../transport';

/** How many printed jobs the fake keeps in memory (tests look at the first few). */
export const KEEP_PRINTED = 100;

export interface FakeTransportOptions {
  dataDir: string;
}

/** One job the fake printed. */
export interface FakePrint {
  seq: number;
  jobId: string;
  kind: string;
  bin: string;
  png: string | null;
  bytes: Uint8Array;
}

/** The fake printer transport, with fault simulation. */
export class FakeTransport implements PrinterTransport {
  readonly driver = 'fake';
  readonly preview = true;
  private state: SeenState = { state: 'ready' };
  private delayMs = 0;
  private seq: number | null = null;
  private readonly kickers: Array<() => void> = [];
  /** The jobs printed since start, in order: the last KEEP_PRINTED (each holds its bytes, ~70 KB a raster ticket). */
  readonly printed: FakePrint[] = [];

  constructor(private readonly opts: FakeTransportOptions) {}

  /** The folder the jobs are written to. */
  get dir(): string {
    return join(this.opts.dataDir, 'printer');
  }

  /** Simulates the printer's state: 'paperOut', 'coverOpen', 'offline', ... or 'ready' again. */
  setState(state: DeviceState, detail?: string): void {
    this.state = detail ? { state, detail } : { state };
    if (canPrint(state)) for (const k of this.kickers) k();
  }

  /** Makes each job take this long (to test timeouts). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  async send(job: QueuedJob, timeoutMs: number): Promise<SeenState | void> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, Math.min(this.delayMs, timeoutMs + 1000)));
    const seen = await this.probe();
    if (!canPrint(seen.state)) throw new DeviceFault(seen.state === 'ready' || seen.state === 'paperNearEnd' ? 'error' : seen.state, seen.detail ?? `fake printer: ${seen.state}`);
    await mkdir(this.dir, { recursive: true });
    const seq = (this.seq ??= await lastSeq(this.dir)) + 1;
    this.seq = seq;
    const name = String(seq).padStart(6, '0');
    const bin = join(this.dir, `${name}.bin`);
    await writeFile(bin, job.bytes);
    let png: string | null = null;
    if (job.png) {
      png = join(this.dir, `${name}.png`);
      await writeFile(png, await job.png());
    }
    this.printed.push({ seq, jobId: job.id, kind: job.kind, bin, png, bytes: job.bytes });
    // A demo office prints all day: the files on disk are the record, memory keeps only the recent ones.
    if (this.printed.length > KEEP_PRINTED) this.printed.splice(0, this.printed.length - KEEP_PRINTED);
    return seen;
  }

  async probe(): Promise<SeenState> {
    return { ...this.state };
  }

  onKick(cb: () => void): void {
    this.kickers.push(cb);
  }

  async close(): Promise<void> {
    this.kickers.length = 0;
  }
}

/** The highest sequence number among NNNNNN.bin files in a folder (0 when none). */
async function lastSeq(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.reduce((max, n) => {
    const m = /^(\d{6,})\.bin$/.exec(n);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);
}
