/**
 * A network printer on raw TCP (port 9100, "JetDirect"): one connection per job, as print servers
 * expect. When statusQuery is on, the job's connection first asks DLE EOT 1-4 and sends nothing if the
 * printer is out of paper or open; then it writes the job and closes its side.
 */
import { connect, type Socket } from 'node:net';
import { DeviceFault, errorText } from '../../errors';
import type { QueuedJob } from '../queue';
import type { PrinterTransport, SeenState } from '../transport';
import { assertPrintable, ByteInbox, queryStatus } from './status-query';

export interface TcpTransportOptions {
  host: string;
  port: number;
  /** Ask DLE EOT before each job. Default true. */
  statusQuery?: boolean;
  /** Longest wait for the status answers. Default 1000 ms. */
  statusTimeoutMs?: number;
}

/** Raw TCP printer transport (node:net). */
export class TcpTransport implements PrinterTransport {
  readonly driver = 'tcp';
  constructor(private readonly opts: TcpTransportOptions) {}

  async send(job: QueuedJob, timeoutMs: number): Promise<SeenState | void> {
    return this.session(timeoutMs, async (sock, inbox, deadline) => {
      const seen = this.opts.statusQuery === false ? null : await this.ask(sock, inbox, deadline);
      assertPrintable(seen);
      await writeAll(sock, job.bytes);
      await endAndFlush(sock);
      return seen ?? undefined;
    });
  }

  async probe(timeoutMs: number): Promise<SeenState> {
    return this.session(timeoutMs, async (sock, inbox, deadline) => {
      const seen = await this.ask(sock, inbox, deadline);
      return seen ?? { state: 'ready', detail: 'printer does not answer status requests' };
    });
  }

  async close(): Promise<void> {}

  private async ask(sock: Socket, inbox: ByteInbox, deadline: number): Promise<SeenState | null> {
    const wait = Math.max(50, Math.min(this.opts.statusTimeoutMs ?? 1000, deadline - Date.now() - 50));
    return queryStatus((b) => writeAll(sock, b), inbox, wait);
  }

  /** Connects, runs fn, and always destroys the socket; the whole session is bounded by timeoutMs. */
  private session<T>(timeoutMs: number, fn: (sock: Socket, inbox: ByteInbox, deadline: number) => Promise<T>): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    const where = `${this.opts.host}:${this.opts.port}`;
    return new Promise<T>((resolve, reject) => {
      const sock = connect({ host: this.opts.host, port: this.opts.port });
      const inbox = new ByteInbox();
      let done = false;
      const finish = (err: unknown, value?: T) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.destroy();
        if (err) reject(err);
        else resolve(value as T);
      };
      const timer = setTimeout(() => finish(new DeviceFault('offline', `${where}: no answer within ${timeoutMs} ms`)), timeoutMs);
      sock.setNoDelay(true);
      sock.on('data', (chunk) => inbox.push(chunk));
      sock.on('error', (err) => finish(Object.assign(err, { message: `${where}: ${errorText(err)}` })));
      sock.once('connect', () => {
        fn(sock, inbox, deadline).then(
          (v) => finish(null, v),
          (e) => finish(e),
        );
      });
    });
  }
}

function writeAll(sock: Socket, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => sock.write(bytes, (err) => (err ? reject(err) : resolve())));
}

/** Half-closes and waits until every byte has left for the printer. */
function endAndFlush(sock: Socket): Promise<void> {
  return new Promise((resolve) => sock.end(resolve));
}
