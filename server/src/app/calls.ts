/** The recent calls the wall display shows, kept in memory and rebuilt from the journal at start. */
import type { CallView } from '../contract';
import type { StoredEvent } from '../journal/journal';
import type { Journal } from '../journal/journal';
import type { QueueState } from '../core';
import { callView } from './views';

const KEEP = 20;

/** Recent calls, newest first. */
export class RecentCalls {
  private calls: CallView[] = [];

  /** Loads today's last calls from the journal. */
  load(journal: Journal, state: QueueState): void {
    const rows = journal.db.prepare(`SELECT seq, data FROM events WHERE type IN ('TicketCalled', 'TicketRecalled') ORDER BY seq DESC LIMIT ?`).all(KEEP) as Array<{ seq: number; data: string }>;
    this.calls = rows.flatMap((r) => {
      const e = JSON.parse(r.data) as { ticketId: string; counterId: string; at: number };
      const v = state.tickets.has(e.ticketId) ? callView(state, r.seq, e.ticketId, e.counterId, e.at) : null;
      return v ? [v] : [];
    });
  }

  /** Adds the calls among a command's events; returns the new ones, oldest first. */
  add(events: StoredEvent[], state: QueueState): CallView[] {
    const added: CallView[] = [];
    for (const { seq, event: e } of events) {
      if (e.type !== 'TicketCalled' && e.type !== 'TicketRecalled') {
        if (e.type === 'DayRolledOver') this.calls = [];
        continue;
      }
      const v = callView(state, seq, e.ticketId, e.counterId, e.at);
      if (v) added.push(v);
    }
    this.calls = [...added.slice().reverse(), ...this.calls].slice(0, KEEP);
    return added;
  }

  list(): CallView[] {
    return this.calls;
  }
}
