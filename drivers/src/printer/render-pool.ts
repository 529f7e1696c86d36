/**
 * The render worker (piscina, one thread): tickets and checklists are drawn there, never on the server's
 * loop. Its queue is bounded; a job whose deadline passes while it waits is never drawn.
 */
import Piscina from 'piscina';
import type { RenderRequest, RenderResult } from './render-job';

/** Where raster jobs are drawn; the printer takes one of these (tests may give an in-thread one). */
export interface Renderer {
  /**
   * Draws a job; rejects when aborted while still waiting (deadline passed) or when the worker failed.
   * A drawing already started is finished: the caller sees its signal aborted and drops the result.
   */
  render(req: RenderRequest, signal?: AbortSignal): Promise<RenderResult>;
  /** Jobs waiting for or in the worker. */
  readonly pending: number;
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Worker threads (default 1: the office server has few cores and the queue, not speed, is the point). */
  threads?: number;
  /** Jobs waiting beyond the ones being drawn; more are refused at once. */
  maxQueue: number;
}

type Waiter = { go: () => void; fail: (err: Error) => void };

/** One or a few worker threads behind a bounded queue. */
export class RenderPool implements Renderer {
  private pool: Piscina | null = null;
  private inFlight = 0;
  private drawing = 0;
  /** Jobs waiting for a thread, oldest first: kept here, not in piscina, so a deadline only ever drops a waiting job. */
  private readonly waiting: Waiter[] = [];
  private created = 0;
  private closed = false;

  constructor(private readonly opts: RenderPoolOptions) {}

  get pending(): number {
    return this.inFlight;
  }

  /** Worker threads started since this pool was made (1 unless a worker died). */
  get threadsStarted(): number {
    return this.created;
  }

  async render(req: RenderRequest, signal?: AbortSignal): Promise<RenderResult> {
    signal?.throwIfAborted();
    if (this.closed) throw new Error('render pool closed');
    if (this.waiting.length >= this.opts.maxQueue) throw new Error(`render queue full (${this.opts.maxQueue} jobs waiting)`);
    this.inFlight++;
    try {
      await this.turn(signal);
      try {
        signal?.throwIfAborted(); // its deadline passed as the thread came free: not drawn
        // No signal to piscina: aborting a running task terminates its thread, and a new one (isolate,
        // loader, fonts: tens of MB, seconds on a busy machine) would start for every late ticket.
        return (await this.started().run(req)) as RenderResult;
      } finally {
        this.drawing--;
        this.next();
      }
    } finally {
      this.inFlight--;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.fail(new Error('render pool closed'));
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  /** Resolves when a thread is free for this job; rejects if its signal aborts first (it leaves the queue). */
  private turn(signal: AbortSignal | undefined): Promise<void> {
    if (this.drawing < this.threads) {
      this.drawing++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const settle = () => signal?.removeEventListener('abort', onAbort);
      const waiter: Waiter = { go: () => { settle(); resolve(); }, fail: (err) => { settle(); reject(err); } };
      const onAbort = () => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Hands the freed thread to the oldest waiting job. */
  private next(): void {
    const waiter = this.waiting.shift();
    if (!waiter) return;
    this.drawing++;
    waiter.go();
  }

  private get threads(): number {
    return this.opts.threads ?? 1;
  }

  /** The thread starts with the first job: a printer that never prints (tests, a kiosk-less office) costs none. */
  private started(): Piscina {
    if (this.pool) return this.pool;
    if (this.closed) throw new Error('render pool closed');
    this.pool = new Piscina({
      filename: new URL('./render-worker.mjs', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      // An idle worker stays (unref'd): starting one again (fonts, canvas) costs more than a ticket.
      idleTimeout: 2 ** 31 - 1,
      // The worker's event loop must run between jobs: the canvas library frees each canvas's and
      // ImageData's native pixels from finalizers that Node runs on that loop. With piscina's default
      // ('sync': the thread blocks in Atomics.wait between tasks) they never ran and every ticket kept
      // ~12 MB (measured: 400 tickets, 86 MB -> 4.9 GB; with this, ~320 MB and flat).
      atomics: 'disabled',
    });
    this.pool.on('workerCreate', () => { this.created++; });
    return this.pool;
  }
}

/** Draws on the calling thread: for one-off scripts and tests of the layout, never for the server. */
export class InThreadRenderer implements Renderer {
  pending = 0;
  async render(req: RenderRequest, signal?: AbortSignal): Promise<RenderResult> {
    signal?.throwIfAborted();
    const { renderRequest } = await import('./render-job');
    return renderRequest(req);
  }
  async close(): Promise<void> {}
}
