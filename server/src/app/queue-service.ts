/** The one application service: load state, decide, append to the journal (one transaction), then publish. */
import { decide, evolveAll, initialState, type Command, type QueueEvent, type QueueState, type Setup } from '../core';
import type { Journal, StoredEvent } from '../journal/journal';
import type { EventBus } from './event-bus';

const SNAPSHOT_EVERY = 500;

/**
 * Events between snapshots: 500, or a quarter of the day's tickets on a bigger day. A snapshot is the whole
 * day as JSON (0.3-0.6 s at 30,000 tickets), so a fixed interval would make each event's share grow with the day.
 */
function snapshotEvery(s: QueueState): number {
  return Math.max(SNAPSHOT_EVERY, Math.ceil(s.tickets.size / 4));
}

/** Owns the live queue state; every change goes through execute(). */
export class QueueService {
  private current: QueueState;
  private sinceSnapshot = 0;

  constructor(readonly journal: Journal, private readonly bus: EventBus) {
    this.current = QueueService.rebuild(journal);
  }

  /** Rebuilds the state from the newest snapshot plus the events after it. */
  static rebuild(journal: Journal): QueueState {
    const snap = journal.latestSnapshot();
    let state = snap?.state ?? initialState();
    const batch: QueueEvent[] = [];
    for (const { event } of journal.readFrom(snap?.seq ?? 0)) {
      batch.push(event);
      if (batch.length === 1000) state = evolveAll(state, batch.splice(0));
    }
    return evolveAll(state, batch);
  }

  get state(): QueueState {
    return this.current;
  }

  /**
   * Runs one command. Throws QueueError when refused (nothing written). When it returns, the
   * events are on disk; listeners hear of them on the next turn of the event loop.
   */
  execute(cmd: Command, actor: string, meta?: Record<string, string>): StoredEvent[] {
    const before = this.current;
    const events = decide(cmd, before);
    if (events.length === 0) return [];
    const after = evolveAll(before, events);
    const stored = this.journal.append(events, actor, after, meta);
    this.current = after;
    this.sinceSnapshot += events.length;
    const snapshot = this.sinceSnapshot >= snapshotEvery(after) || events.some((e) => e.type === 'DayRolledOver');
    if (snapshot) this.sinceSnapshot = 0;
    // Durable already; the caller's ack goes out first, the screens hear it right after (in commit order).
    setImmediate(() => {
      this.bus.emit('committed', { events: stored, state: after, before });
      // A snapshot only speeds up the next start (the journal is the truth), so it waits for the ack too.
      if (snapshot) this.journal.saveSnapshot(stored[stored.length - 1]!.seq, after, cmd.at);
    });
    return stored;
  }

  /** Applies the config file's set-up when it changed since it was last applied (admin edits are kept otherwise). */
  applyConfigSetup(setup: Setup, configHash: string, at: number): boolean {
    if (this.journal.meta('configHash') === configHash && this.current.setup) return false;
    this.execute({ type: 'applySetup', setup, source: 'config', by: 'config', configHash, at }, 'config', { configHash });
    return true;
  }
}
