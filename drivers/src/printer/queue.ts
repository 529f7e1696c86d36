/**
 * The print queue: one job on the wire at a time, failed jobs kept and retried with backoff, so a printer
 * that comes back prints what was waiting. Knows nothing of ESC/POS or transports: it calls `send`.
 */
import { DeviceFault, errorText, stateOfError } from '../errors';
import type { DeviceState, DriverLog, PrintOutcome } from '../types';

export interface QueuedJob {
  id: string;
  kind: string;
  bytes: Uint8Array;
  png?: () => Buffer | Promise<Buffer>;
}

export interface PrintQueueOptions {
  /** Sends one job; resolves with the state seen (ready/paperNearEnd) or rejects with a DeviceFault / I/O error. */
  send: (job: QueuedJob, timeoutMs: number) => Promise<{ state: DeviceState; detail?: string } | void>;
  /** Called with the printer's state after every attempt. */
  onState: (s: { state: DeviceState; detail?: string | undefined }) => void;
  /** Called when the number of waiting jobs changes. */
  onQueued: (n: number) => void;
  /** Longest a single attempt at a job may take before it counts as failed. */
  attemptTimeoutMs: (job: QueuedJob) => number;
  maxQueued: number;
  /** Jobs older than this are dropped instead of printed (nobody is waiting for them any more). */
  maxAgeMs: number;
  backoff?: { baseMs: number; maxMs: number };
  log?: DriverLog;
  now?: () => number;
}

type Entry = QueuedJob & { createdAt: number; settle: (o: PrintOutcome) => void; settled: boolean; done: (o: PrintOutcome) => void };

/** A FIFO of print jobs with retry and backoff. */
export class PrintQueue {
  private readonly items: Entry[] = [];
  private running = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private lastFailure: string | null = null;
  /** kick() arrived while an attempt was on the wire: retry at once if it fails. */
  private kicked = false;

  constructor(private readonly opts: PrintQueueOptions) {}

  /** Waiting jobs (including the one being sent). */
  get size(): number {
    return this.items.length;
  }

  /** True while retries are backing off after a failure. */
  get waiting(): boolean {
    return this.failures > 0;
  }

  /**
   * Adds a job. Resolves 'printed' when sent; 'queued' as soon as an attempt on it fails (it stays queued);
   * 'failed' when it cannot be queued. `onFinal` hears the final outcome (printed, cancelled, expired).
   */
  enqueue(job: QueuedJob, onFinal?: (o: PrintOutcome) => void): Promise<PrintOutcome> {
    if (this.closed) return Promise.resolve({ state: 'failed', reason: 'printer closed' });
    if (this.items.some((e) => e.id === job.id)) return Promise.resolve({ state: 'queued', reason: 'already waiting to print' });
    if (this.items.length >= this.opts.maxQueued) return Promise.resolve({ state: 'failed', reason: `print queue full (${this.opts.maxQueued} jobs)` });
    return new Promise((resolve) => {
      const entry: Entry = {
        ...job,
        createdAt: this.now(),
        settled: false,
        settle: (o) => {
          if (entry.settled) return;
          entry.settled = true;
          resolve(o);
        },
        done: (o) => {
          entry.settle(o);
          onFinal?.(o);
        },
      };
      this.items.push(entry);
      this.opts.onQueued(this.items.length);
      // The printer is known to be down: say so now rather than after a timeout.
      if (this.failures > 0 && this.lastFailure) entry.settle({ state: 'queued', reason: this.lastFailure });
      if (!this.timer) void this.pump();
    });
  }

  /** Drops a waiting job; false when it is unknown or already on the wire. */
  cancel(id: string, reason = 'cancelled'): boolean {
    const i = this.items.findIndex((e) => e.id === id);
    if (i < 0 || (i === 0 && this.running)) return false;
    const [entry] = this.items.splice(i, 1);
    this.opts.onQueued(this.items.length);
    entry!.done({ state: 'failed', reason });
    return true;
  }

  /** Retries now instead of waiting out the backoff (the printer said it is back). */
  kick(): void {
    if (this.running) this.kicked = true;
    // Believe it until the next attempt says otherwise: a new job is not answered "down" meanwhile.
    this.lastFailure = null;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    void this.pump();
  }

  /** Stops retrying; waiting jobs fail. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const e of this.items.splice(0)) e.done({ state: 'failed', reason: 'printer closed' });
  }

  private async pump(): Promise<void> {
    if (this.running || this.closed) return;
    this.running = true;
    try {
      while (this.items.length > 0 && !this.closed) {
        const head = this.items[0]!;
        if (this.now() - head.createdAt > this.opts.maxAgeMs) {
          this.items.shift();
          this.opts.onQueued(this.items.length);
          this.opts.log?.warn(`printer: dropped ${head.kind} ${head.id}, waited over ${Math.round(this.opts.maxAgeMs / 60000)} min`);
          head.done({ state: 'failed', reason: 'expired while the printer was down' });
          continue;
        }
        if (!(await this.attempt(head))) {
          this.scheduleRetry();
          return;
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** One try at the head job; true when it was sent. */
  private async attempt(head: Entry): Promise<boolean> {
    try {
      const ms = this.opts.attemptTimeoutMs(head);
      const seen = await withTimeout(this.opts.send(head, ms), ms + 500);
      this.items.shift();
      this.failures = 0;
      this.lastFailure = null;
      this.kicked = false;
      this.opts.onQueued(this.items.length);
      this.opts.onState(seen ? { state: seen.state, detail: seen.detail } : { state: 'ready', detail: undefined });
      head.done({ state: 'printed' });
      return true;
    } catch (err) {
      this.failures++;
      const state = stateOfError(err);
      this.lastFailure = `${state}: ${errorText(err)}`;
      this.opts.onState({ state, detail: errorText(err) });
      // Every job waiting behind this one is now known to wait too.
      for (const e of this.items) e.settle({ state: 'queued', reason: this.lastFailure });
      return false;
    }
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    const { baseMs, maxMs } = this.opts.backoff ?? { baseMs: 1000, maxMs: 30_000 };
    const delay = this.kicked ? 0 : Math.min(maxMs, baseMs * 2 ** Math.min(this.failures - 1, 16));
    this.kicked = false;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.pump();
    }, delay);
    this.timer.unref?.();
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }
}

/** Rejects with an offline DeviceFault when a promise takes longer than ms. */
export function withTimeout<T>(p: Promise<T>, ms: number, what = 'printer did not answer'): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new DeviceFault('offline', `${what} within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}
