/**
 * A Printer made of a transport, the print queue and the renderer. Every job is a raster image (a
 * ticket, a documents checklist) rendered once, encoded once, then queued; printTicket is one such job.
 * Drawing happens in the render worker, never on the server's loop. A ticket has a deadline (timeoutMs):
 * one not printed by then is dropped (the kiosk shows it on screen) and staff are told why.
 * Nothing here throws to the caller: a printer fault must never block issuing tickets.
 */
import { errorText, stateOfError } from '../errors';
import { StatusHub } from '../status-hub';
import type { DeviceStatus, DriverLog, ImagePrintJob, PrintOutcome, Printer, TicketPrintJob } from '../types';
import { encodeRaster, encodeTextTicket } from './encode';
import { PrintQueue, type QueuedJob } from './queue';
import type { RenderRequest, RenderResult } from './render-job';
import { RenderPool, type Renderer } from './render-pool';
import { canPrint } from './status';
import type { PrinterTransport } from './transport';

export interface PrinterOptions {
  id: string;
  transport: PrinterTransport;
  /** Paper width in dots: 576 (80 mm) or 384 (58 mm). */
  widthDots: number;
  mode: 'raster' | 'text';
  text?: { codepage: 'tcvn3' | 'windows1258'; codepageMapping: string };
  qr: boolean;
  /** printTicket answers within this time; a ticket not printed by then is never printed. */
  timeoutMs: number;
  maxQueued: number;
  maxAgeMs: number;
  /** Ask the printer's state this often while idle (transports that can read it); 0 = never. */
  statusPollMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  log?: DriverLog;
  now?: () => number;
  /** Where jobs are drawn (default: a worker thread of its own). */
  renderer?: Renderer;
}

/** The printer the server uses, whatever the transport. */
export class QueuedPrinter implements Printer {
  readonly id: string;
  private readonly hub: StatusHub;
  private readonly queue: PrintQueue;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private probing = false;
  /** One conversation with the printer at a time: many port-9100 servers take a single connection. */
  private busy: Promise<unknown> = Promise.resolve();
  private readonly renderer: Renderer;
  /** Tickets dropped at their deadline since the last one printed in time (the staff alert's count). */
  private missed = 0;
  /** The staff alert missedTicket() last set, so that the next miss updates it rather than a fault's. */
  private missedDetail: string | undefined;

  constructor(private readonly opts: PrinterOptions) {
    this.id = opts.id;
    const t = opts.transport;
    this.renderer = opts.renderer ?? new RenderPool({ maxQueue: opts.maxQueued });
    this.hub = new StatusHub({ id: opts.id, kind: 'printer', driver: t.driver, state: 'ready', detail: 'not used yet' }, opts.log, opts.now);
    this.hub.set({ queued: 0 });
    this.queue = new PrintQueue({
      send: (job, ms) => {
        const asked = Date.now();
        return this.exclusive(() => t.send(job, Math.max(500, ms - (Date.now() - asked))));
      },
      onState: (s) => this.hub.set({ state: s.state, detail: s.detail }),
      onQueued: (n) => this.hub.set({ queued: n }),
      // A raster ticket is ~70 KB: 75 s at 9600 baud. A slow line gets the time it needs, not a retry loop.
      attemptTimeoutMs: (job) => (t.wireMs ? Math.max(opts.timeoutMs, Math.ceil(t.wireMs(job.bytes.length) * 1.5) + 1000) : opts.timeoutMs),
      maxQueued: opts.maxQueued,
      maxAgeMs: opts.maxAgeMs,
      ...(opts.backoff ? { backoff: opts.backoff } : {}),
      ...(opts.log ? { log: opts.log } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    });
    t.onKick?.(() => this.queue.kick());
    if (t.probe && (opts.statusPollMs ?? 0) > 0) {
      this.pollTimer = setInterval(() => void this.poll(), opts.statusPollMs);
      this.pollTimer.unref?.();
    }
  }

  /** The transport (tests and the demo reach the fake's setState through it). */
  get transport(): PrinterTransport {
    return this.opts.transport;
  }

  /** Asks the printer's state now (the first status at start-up, and the idle poll). */
  async poll(): Promise<DeviceStatus> {
    const probe = this.opts.transport.probe;
    if (!probe || this.probing) return this.status();
    this.probing = true;
    try {
      const seen = await this.exclusive(() => probe.call(this.opts.transport, Math.min(this.opts.timeoutMs / 2, 2000)));
      this.hub.set({ state: seen.state, detail: seen.detail });
    } catch (err) {
      this.hub.set({ state: stateOfError(err), detail: errorText(err) });
    } finally {
      this.probing = false;
    }
    if (canPrint(this.hub.get().state) && this.queue.waiting) this.queue.kick();
    return this.status();
  }

  /** Runs fn after whatever the transport is doing now. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.busy.then(fn, fn);
    this.busy = run.catch(() => {});
    return run;
  }

  async printTicket(job: TicketPrintJob): Promise<PrintOutcome> {
    const deadline = Date.now() + this.opts.timeoutMs;
    const preview = this.opts.transport.preview === true;
    let queued: QueuedJob;
    try {
      if (this.opts.mode === 'text' && this.opts.text) {
        const bytes = encodeTextTicket(job, { widthDots: this.opts.widthDots, ...this.opts.text, qr: this.opts.qr });
        queued = { id: job.ticketId, kind: 'ticket', bytes };
        if (preview) {
          const drawn = await this.draw({ kind: 'ticket', job, widthDots: this.opts.widthDots, qr: this.opts.qr, cut: true, bytes: false, preview }, deadline);
          if ('state' in drawn) return this.missedTicket(job, drawn.reason);
          if (drawn.png) queued.png = pngOf(drawn.png);
        }
      } else {
        const drawn = await this.draw({ kind: 'ticket', job, widthDots: this.opts.widthDots, qr: this.opts.qr, cut: true, bytes: true, preview }, deadline);
        if ('state' in drawn) return this.missedTicket(job, drawn.reason);
        queued = { id: job.ticketId, kind: 'ticket', bytes: drawn.bytes!, ...(drawn.png ? { png: pngOf(drawn.png) } : {}) };
      }
    } catch (err) {
      return this.renderFailed(job.ticketId, err);
    }
    const out = await this.submit(queued, { at: deadline, missed: (reason) => this.missedTicket(job, reason) });
    if (out.state === 'printed') this.missed = 0;
    return out;
  }

  async printImage(job: ImagePrintJob): Promise<PrintOutcome> {
    let queued: QueuedJob;
    try {
      if (job.layout) {
        const req: RenderRequest = { kind: 'layout', blocks: job.layout, widthDots: this.opts.widthDots, cut: job.cut !== false, bytes: true, preview: this.opts.transport.preview === true };
        const drawn = await this.draw(req, Date.now() + Math.max(this.opts.timeoutMs, 30_000));
        if ('state' in drawn) return drawn;
        queued = { id: job.id, kind: job.kind, bytes: drawn.bytes!, ...(drawn.png ? { png: pngOf(drawn.png) } : {}) };
      } else if (job.render) {
        // A caller's own render function runs where it was given (scripts and tests); the server sends layouts.
        const image = await job.render();
        const bytes = encodeRaster(image.bitmap, { widthDots: this.opts.widthDots, cut: job.cut !== false });
        queued = { id: job.id, kind: job.kind, bytes, ...(image.png ? { png: image.png } : {}) };
      } else {
        throw new Error('a print job needs a layout or a render function');
      }
    } catch (err) {
      return this.renderFailed(job.id, err);
    }
    return this.submit(queued);
  }

  /** Draws in the worker; a job still waiting there at its deadline, or refused by a full queue, is not drawn (nor printed if drawn late). */
  private async draw(req: RenderRequest, deadline: number): Promise<RenderResult | { state: 'failed'; reason: string }> {
    if (this.renderer.pending >= this.opts.maxQueued) return { state: 'failed', reason: `printer busy: ${this.renderer.pending} jobs waiting to be drawn` };
    const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    try {
      const drawn = await this.renderer.render(req, signal);
      // Drawn, but only after its deadline (the worker finishes a job it started): never printed later.
      if (signal.aborted || Date.now() >= deadline) return { state: 'failed', reason: `not printed within ${this.opts.timeoutMs} ms (drawn too late)` };
      return drawn;
    } catch (err) {
      if (signal.aborted) return { state: 'failed', reason: `not printed within ${this.opts.timeoutMs} ms (still waiting to be drawn)` };
      throw err;
    }
  }

  /**
   * A ticket missed its deadline: it is never printed later (whoever stands at the kiosk then is someone
   * else), the kiosk shows it on screen, and the printer's status tells staff why.
   */
  private missedTicket(job: TicketPrintJob, reason: string): PrintOutcome {
    this.missed++;
    const now = this.hub.get();
    const detail = `${this.missed} ticket(s) not printed in time, last ${job.number}: ${reason}; shown on the kiosk screen instead`;
    this.opts.log?.warn(`printer ${this.id}: ticket ${job.number} ${reason}`);
    // A fault already named (paper out, cover open) says more than "busy"; keep it. An alert of our own is
    // brought up to date (the count and the last number), or staff would be told of the first one only.
    if (canPrint(now.state) || (now.state === 'error' && now.detail === this.missedDetail)) {
      this.hub.set({ state: 'error', detail });
      this.missedDetail = detail;
    }
    return { state: 'failed', reason };
  }

  /**
   * Queues encoded bytes and answers within timeoutMs. With a deadline (a ticket), the job is dropped if
   * it still waits then, even after an early 'queued' answer (printer down); one on the wire may finish.
   */
  private submit(job: QueuedJob, due?: { at: number; missed: (reason: string) => void }): Promise<PrintOutcome> {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = this.queue.enqueue(job, (final) => {
      clearTimeout(timer);
      if (final.state === 'printed' && Date.now() - started > this.opts.timeoutMs) this.opts.log?.info(`printer ${this.id}: ${job.kind} ${job.id} printed late`);
    });
    const late = `not printed within ${this.opts.timeoutMs} ms`;
    const timeout = new Promise<PrintOutcome>((resolve) => {
      timer = setTimeout(() => {
        if (due && this.queue.cancel(job.id, late)) due.missed(late);
        resolve({ state: 'queued', reason: `${late}; ${due ? 'still on the wire' : 'it stays in the queue'}` });
      }, due ? Math.max(0, due.at - Date.now()) : this.opts.timeoutMs);
      timer.unref?.();
    });
    return Promise.race([outcome, timeout]).finally(() => { if (!due) clearTimeout(timer); });
  }

  private renderFailed(id: string, err: unknown): PrintOutcome {
    this.opts.log?.error(`printer ${this.id}: could not render job ${id}`, err);
    return { state: 'failed', reason: `render failed: ${errorText(err)}` };
  }

  cancel(jobId: string): boolean {
    return this.queue.cancel(jobId);
  }

  status(): DeviceStatus {
    return this.hub.get();
  }

  onStatus(cb: (s: DeviceStatus) => void): () => void {
    return this.hub.on(cb);
  }

  async close(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.queue.close();
    await this.renderer.close();
    await this.opts.transport.close();
    this.hub.clear();
  }
}

/** The queue's preview: the PNG the worker drew, as the transport writes it. */
function pngOf(png: Uint8Array): () => Buffer {
  return () => Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
