/**
 * Sends the outbox to the hub in order and in batches, at least once: a batch is acknowledged only when
 * the hub answers with the last sequence it holds, and the next batch starts after that. Runs on its own
 * timers; the queue never waits on it, and a hub that is down only grows the backlog.
 */
import type { Db } from '../../journal/db';
import type { Logger } from '../../log';
import { acknowledge, enableForwarding, forwardState, readBatch, recordError } from './store';
import type { HubErrorBody, IngestAnswer, IngestResult, OfficeProfile } from './wire';

export interface ForwarderOptions {
  db: Db; url: string; office: string; token: string; log: Logger;
  profile(): OfficeProfile;
  batchSize?: number;
  /** Pause between looks at an empty outbox (ms). */
  intervalMs?: number;
  /** With nothing to send, a heartbeat this often tells the hub the office is alive (ms). */
  heartbeatMs?: number;
  /** Longest pause after failures (ms). */
  maxBackoffMs?: number;
  /** How long rows the hub holds are kept (ms), in case the hub is restored from an older backup. */
  keepMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Called after every acknowledged batch with its items' commit times (the bench measures lag with it). */
  onAck?(commitTimes: number[], ackedAt: number): void;
}

/** An error the hub answered with: its code and message. */
class HubError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly lastSeq?: number) { super(message); }
}

/** The loop that forwards one office's outbox. */
export class Forwarder {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;
  private lastContact = 0;
  private profileSent: string | null = null;
  private readonly o: Required<Omit<ForwarderOptions, 'onAck'>> & Pick<ForwarderOptions, 'onAck'>;

  constructor(opts: ForwarderOptions) {
    this.o = { batchSize: 500, intervalMs: 2000, heartbeatMs: 30_000, maxBackoffMs: 60_000, keepMs: 7 * 86_400_000, now: Date.now, fetch: globalThis.fetch, ...opts };
  }

  /** Enables the outbox (backfilling the history the first time) and starts sending. */
  start(): void {
    if (enableForwarding(this.o.db, this.o.url)) this.o.log.info('hub forwarding enabled: the outbox holds the office history');
    this.schedule(0);
  }

  /** Something was committed: send soon rather than at the next look. */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(50);
  }

  /** Stops the loop after the batch in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Sends batches until the outbox is empty or a send fails; resolves when done (tests and the bench drive it). */
  async drain(): Promise<void> {
    while (!this.stopped) {
      const sent = await this.sendOne();
      if (sent === 0) return;
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = null; this.running = this.tick().finally(() => { this.running = null; }); }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const sent = await this.sendOne();
      this.failures = 0;
      this.schedule(sent > 0 ? 0 : this.o.intervalMs);
    } catch (e) {
      this.failures++;
      const msg = (e as Error).message;
      if (this.failures === 1 || this.failures % 20 === 0) this.o.log.warn(`hub forwarding: ${msg} (retrying)`);
      // A busy hub asks for a short pause (spread out, so 200 offices do not come back together); anything else backs off.
      const busy = msg.startsWith('BUSY');
      this.schedule(busy ? 1000 + Math.random() * 2000 : Math.min(this.o.maxBackoffMs, 500 * 2 ** Math.min(this.failures, 10)));
    }
  }

  /** Sends the next batch (or a heartbeat when due); returns how many items it carried. Throws when the hub refuses or cannot be reached. */
  async sendOne(): Promise<number> {
    try {
      return await this.send();
    } catch (e) {
      const msg = e instanceof HubError ? `${e.code}: ${e.message}` : `hub unreachable: ${(e as Error).message}`;
      recordError(this.o.db, msg, this.o.now());
      throw new Error(msg, { cause: e });
    }
  }

  private async send(): Promise<number> {
    const { db } = this.o;
    const state = forwardState(db);
    const { items, lastSeq } = readBatch(db, state.ackedSeq, this.o.batchSize);
    const now = this.o.now();
    if (items.length === 0 && lastSeq === state.ackedSeq && now - this.lastContact < this.o.heartbeatMs) return 0;
    const profile = this.o.profile();
    const profileKey = JSON.stringify(profile);
    // Nothing above wrote or awaited: the state read at the top is still the state now.
    const backlog = Math.max(0, state.backlog - (lastSeq - state.ackedSeq));
    const oldest = backlog > 0 ? (db.prepare('SELECT MIN(at) FROM hub_outbox WHERE seq > ?').pluck().get(lastSeq) as number | null) : null;
    const body = { office: this.o.office, fromSeq: state.ackedSeq, toSeq: lastSeq, items, backlog, oldestPendingAt: oldest, ...(profileKey !== this.profileSent ? { profile } : {}) };
    const res = await this.post(body);
    this.lastContact = this.o.now();
    this.profileSent = profileKey;
    // The hub's last sequence is the truth: after a lost answer it is ahead, after a restored backup it may be behind.
    acknowledge(db, res.lastSeq, this.lastContact, this.o.keepMs);
    this.o.onAck?.(items.map((i) => i.at), this.lastContact);
    return items.length === 0 && lastSeq > state.ackedSeq ? 1 : items.length;
  }

  private async post(body: unknown): Promise<IngestResult> {
    const res = await this.o.fetch(`${this.o.url.replace(/\/+$/, '')}/api/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${this.o.token}` },
      body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
    });
    const json = await res.json().catch(() => null) as Partial<IngestAnswer & HubErrorBody> | null;
    if (res.ok && json?.data) return json.data;
    if (res.status === 409 && typeof json?.error?.lastSeq === 'number') {
      // The hub holds less than we thought (a batch lost, the hub restored): resume after what it holds.
      acknowledge(this.o.db, json.error.lastSeq, this.o.now(), this.o.keepMs, true);
    }
    throw new HubError(res.status, json?.error?.code ?? `HTTP_${res.status}`, json?.error?.message ?? res.statusText, json?.error?.lastSeq);
  }
}
