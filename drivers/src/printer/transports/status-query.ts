/**
 * Asks DLE EOT 1-4 over any byte pipe that can answer (TCP, serial) and reads the four answer bytes.
 * The questions go in one write: printers answer real-time requests in order, one byte each.
 */
import { DeviceFault } from '../../errors';
import { canPrint, dleEot, isStatusByte, parseDleEot, type StatusRequest } from '../status';
import type { SeenState } from '../transport';

const REQUESTS: StatusRequest[] = [1, 2, 3, 4];

/** A byte reader fed by the pipe's data events. */
export class ByteInbox {
  private bytes: number[] = [];
  private waiter: (() => void) | null = null;

  /** Called with each chunk the pipe receives. */
  push(chunk: Uint8Array): void {
    for (const b of chunk) this.bytes.push(b);
    if (this.bytes.length > 256) this.bytes.splice(0, this.bytes.length - 256); // unsolicited chatter (ASB)
    this.waiter?.();
  }

  /** Forgets old bytes (before asking a new question). */
  clear(): void {
    this.bytes = [];
  }

  /** Waits until n bytes arrived or the time is up; returns what arrived. */
  async take(n: number, timeoutMs: number): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.bytes.length < n && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, deadline - Date.now());
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = null;
    }
    return this.bytes.splice(0, n);
  }
}

/** The request bytes for DLE EOT 1, 2, 3, 4 in one buffer. */
export function statusRequestBytes(): Uint8Array {
  const out = new Uint8Array(REQUESTS.length * 3);
  REQUESTS.forEach((n, i) => out.set(dleEot(n), i * 3));
  return out;
}

/**
 * Sends the four questions and reads the answers. Returns null when the printer sent nothing
 * (some printers or print servers never answer: printing then goes ahead blind).
 */
export async function queryStatus(write: (b: Uint8Array) => Promise<void>, inbox: ByteInbox, timeoutMs: number): Promise<SeenState | null> {
  inbox.clear();
  await write(statusRequestBytes());
  const answers = (await inbox.take(REQUESTS.length, timeoutMs)).filter(isStatusByte);
  if (answers.length === 0) return null;
  const parsed = parseDleEot(Object.fromEntries(REQUESTS.slice(0, answers.length).map((n, i) => [n, answers[i]])));
  return parsed.detail ? { state: parsed.state, detail: parsed.detail } : { state: parsed.state };
}

/** Rejects with a DeviceFault when a seen state does not allow printing. */
export function assertPrintable(seen: SeenState | null): void {
  if (seen && !canPrint(seen.state)) {
    throw new DeviceFault(seen.state === 'ready' || seen.state === 'paperNearEnd' ? 'error' : seen.state, seen.detail ?? seen.state);
  }
}
