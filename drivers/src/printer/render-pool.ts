/**
 * The render worker (piscina, one thread): tickets and checklists are drawn there, never on the server's
 * loop. Its queue is bounded; a job whose deadline passes while it waits is never drawn.
 */
import Piscina from 'piscina';
import type { RenderRequest, RenderResult } from './render-job';

/** Where raster jobs are drawn; the printer takes one of these (tests may give an in-thread one). */
export interface Renderer {
  /** Draws a job; rejects when aborted (deadline passed) or when the worker failed. */
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

/** One or a few worker threads behind a bounded queue. */
export class RenderPool implements Renderer {
  private pool: Piscina | null = null;
  private inFlight = 0;

  constructor(private readonly opts: RenderPoolOptions) {}

  get pending(): number {
    return this.inFlight;
  }

  async render(req: RenderRequest, signal?: AbortSignal): Promise<RenderResult> {
    this.inFlight++;
    try {
      return (await this.started().run(req, signal ? { signal } : {})) as RenderResult;
    } finally {
      this.inFlight--;
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  /** The thread starts with the first job: a printer that never prints (tests, a kiosk-less office) costs none. */
  private started(): Piscina {
    const threads = this.opts.threads ?? 1;
    this.pool ??= new Piscina({
      filename: new URL('./render-worker.mjs', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      maxQueue: this.opts.maxQueue,
      // An idle worker stays (unref'd): starting one again (fonts, canvas) costs more than a ticket.
      idleTimeout: 2 ** 31 - 1,
    });
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
