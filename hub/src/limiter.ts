/**
 * How many batches one hub process writes at once, and how many may wait: past that the office is told
 * `503 BUSY` at once and tries again later, instead of waiting until its request times out and sending
 * the same batch again (216 offices catching up together would otherwise pile up duplicate work).
 */
export class BusyError extends Error {
  constructor() { super('Máy chủ tổng hợp đang bận, đơn vị sẽ gửi lại / the hub is busy, the office will retry'); }
}

/** A counting semaphore with a bounded FIFO of waiters. */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly concurrent: number, private readonly maxWaiting: number) {}

  /** True when a new batch would be refused: checked before its body is even read, so a refusal costs nothing. */
  full(): boolean {
    return this.active >= this.concurrent && this.waiting.length >= this.maxWaiting;
  }

  /** Runs `fn` when a slot is free; throws BusyError when too many are already waiting. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrent) {
      if (this.waiting.length >= this.maxWaiting) throw new BusyError();
      await new Promise<void>((ok) => this.waiting.push(ok));
    } else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); else this.active--;
    }
  }
}
