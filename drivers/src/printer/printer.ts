/**
 * A Printer made of a transport, the print queue and the renderer. Every job is a raster image (a
 * ticket, later a documents checklist) rendered once, encoded once, then queued; printTicket is one
 * such job. Nothing here throws to the caller: a printer fault must never block issuing tickets.
 */
import { errorText, stateOfError } from '../errors';
import { StatusHub } from '../status-hub';
import type { DeviceStatus, DriverLog, ImagePrintJob, PrintOutcome, Printer, TicketPrintJob } from '../types';
import { encodeRaster, encodeTextTicket } from './encode';
import { PrintQueue, type QueuedJob } from './queue';
import { renderTicket } from './raster';
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
  /** printTicket answers within this time. */
  timeoutMs: number;
  maxQueued: number;
  maxAgeMs: number;
  /** Ask the printer's state this often while idle (transports that can read it); 0 = never. */
  statusPollMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  log?: DriverLog;
  now?: () => number;
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

  constructor(private readonly opts: PrinterOptions) {
    this.id = opts.id;
    const t = opts.transport;
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
    if (this.opts.mode === 'text' && this.opts.text) {
      let bytes: Uint8Array;
      try {
        bytes = encodeTextTicket(job, { widthDots: this.opts.widthDots, ...this.opts.text, qr: this.opts.qr });
      } catch (err) {
        return this.renderFailed(job.ticketId, err);
      }
      const preview = () => renderTicket(job, this.opts.widthDots, { qr: this.opts.qr }).png!();
      return this.submit({ id: job.ticketId, kind: 'ticket', bytes, png: preview });
    }
    return this.printImage({ id: job.ticketId, kind: 'ticket', render: () => renderTicket(job, this.opts.widthDots, { qr: this.opts.qr }) });
  }

  async printImage(job: ImagePrintJob): Promise<PrintOutcome> {
    let queued: QueuedJob;
    try {
      const image = await job.render();
      const bytes = encodeRaster(image.bitmap, { widthDots: this.opts.widthDots, cut: job.cut !== false });
      queued = { id: job.id, kind: job.kind, bytes, ...(image.png ? { png: image.png } : {}) };
    } catch (err) {
      return this.renderFailed(job.id, err);
    }
    return this.submit(queued);
  }

  /** Queues encoded bytes and answers within timeoutMs. */
  private submit(job: QueuedJob): Promise<PrintOutcome> {
    const started = Date.now();
    const outcome = this.queue.enqueue(job, (final) => {
      if (final.state === 'printed' && Date.now() - started > this.opts.timeoutMs) this.opts.log?.info(`printer ${this.id}: ${job.kind} ${job.id} printed late`);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<PrintOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ state: 'queued', reason: `not printed within ${this.opts.timeoutMs} ms; it stays in the queue` }), this.opts.timeoutMs);
    });
    return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
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
    await this.opts.transport.close();
    this.hub.clear();
  }
}
