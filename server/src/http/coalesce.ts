/**
 * At most one send per interval, always of the latest value: a burst of events (tickets taken back to
 * back) becomes one `services` update now and one at the end of the interval, never one per event.
 */

/** Throttles a flush: the first call runs at once, later ones within `ms` run once, at the interval's end. */
export function coalesced(ms: number, flush: () => void, onError: (e: unknown) => void = () => {}): { (): void; cancel(): void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    try { flush(); } catch (e) { onError(e); }
  };
  const call = () => {
    if (timer) return; // a send is due already: it will read the latest state
    const wait = last + ms - Date.now();
    if (wait <= 0) run();
    else { timer = setTimeout(run, wait); timer.unref?.(); }
  };
  call.cancel = () => { if (timer) clearTimeout(timer); timer = null; };
  return call;
}

/** Sends a payload to a room only when it differs from the last one sent there ("send only what changed"). */
export class ChangedOnly {
  private readonly sent = new Map<string, string>();

  /** True when `payload` differs from what `key` last got (and records it). */
  changed(key: string, payload: unknown): boolean {
    const json = JSON.stringify(payload);
    if (this.sent.get(key) === json) return false;
    this.sent.set(key, json);
    return true;
  }

  /** Forgets keys no longer in use (rooms that emptied). */
  keep(keys: Set<string>): void {
    for (const k of this.sent.keys()) if (!keys.has(k)) this.sent.delete(k);
  }
}

/** What each socket.io server last sent per room (the broadcaster's ChangedOnly), keyed by the server. */
export const lastSent = new WeakMap<object, ChangedOnly>();

/** A socket began following a ticket and got its view in the ack: the room has that view already. */
export function followed(io: object, ticketId: string, view: unknown): void {
  lastSent.get(io)?.changed(`ticket:${ticketId}`, view);
}
