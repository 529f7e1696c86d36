/** A typed in-process event bus; a listener that throws is logged and never breaks the others. */
import type { StoredEvent } from '../journal/journal';
import type { QueueState } from '../core';
import type { Logger } from '../log';

export interface BusEvents {
  /** One command's events, after they are durable, with the state they led to. */
  committed: { events: StoredEvent[]; state: QueueState; before: QueueState };
}

type Listener<K extends keyof BusEvents> = (payload: BusEvents[K]) => void;

/** Publish/subscribe with isolated listeners. */
export class EventBus {
  private readonly listeners: { [K in keyof BusEvents]?: Array<Listener<K>> } = {};
  constructor(private readonly log: Logger) {}

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof BusEvents>(name: K, fn: Listener<K>): () => void {
    const list = (this.listeners[name] ??= []) as Array<Listener<K>>;
    list.push(fn);
    return () => list.splice(list.indexOf(fn), 1);
  }

  /** Delivers to every listener; one failing listener is logged and skipped. */
  emit<K extends keyof BusEvents>(name: K, payload: BusEvents[K]): void {
    for (const fn of [...((this.listeners[name] ?? []) as Array<Listener<K>>)]) {
      try { fn(payload); } catch (e) { this.log.error(`listener for ${name} failed`, e); }
    }
  }
}
