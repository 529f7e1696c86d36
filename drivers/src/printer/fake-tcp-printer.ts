/**
 * A pretend network printer on 127.0.0.1 for tests, the bench and demos: answers DLE EOT like an Epson
 * (paper, cover and error states are settable), records each connection's job bytes, can go down and
 * come back on the same port.
 */
import { createServer, type Server, type Socket } from 'node:net';

export type FakePaper = 'ok' | 'nearEnd' | 'out';

export interface ReceivedJob {
  bytes: Uint8Array;
  /** performance.now() when the last byte arrived. */
  lastByteAt: number;
}

/** The fake network printer. */
export class FakeTcpPrinter {
  readonly jobs: ReceivedJob[] = [];
  /** Answer DLE EOT at all (some print servers never do). */
  answersStatus = true;
  paper: FakePaper = 'ok';
  coverOpen = false;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly listeners = new Set<(job: ReceivedJob) => void>();
  private boundPort = 0;

  /** Starts listening (on a free port the first time, on the same port after stop()). */
  async start(): Promise<this> {
    const server = createServer((sock) => this.serve(sock));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
    this.boundPort = (server.address() as { port: number }).port;
    this.server = server;
    return this;
  }

  get port(): number {
    return this.boundPort;
  }

  /** Goes away like a printer switched off: refuses connections until start() again. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Calls cb with each job received; returns the unsubscribe function. */
  onJob(cb: (job: ReceivedJob) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** The answer byte to DLE EOT n, as an Epson TM would give it. */
  statusByte(n: number): number {
    const base = 0x12;
    const out = this.paper === 'out';
    if (n === 1) return base | (out || this.coverOpen ? 0x08 : 0);
    if (n === 2) return base | (this.coverOpen ? 0x04 : 0) | (out ? 0x20 : 0);
    if (n === 3) return base;
    return base | (this.paper === 'nearEnd' ? 0x0c : 0) | (out ? 0x60 : 0);
  }

  private serve(sock: Socket): void {
    this.sockets.add(sock);
    let pending = Buffer.alloc(0);
    let inJob = false;
    const job: Buffer[] = [];
    let lastByteAt = 0;
    sock.on('data', (chunk) => {
      lastByteAt = performance.now();
      if (inJob) return void job.push(chunk);
      pending = Buffer.concat([pending, chunk]);
      // Real-time status requests come first; the first other byte starts the job.
      while (pending.length >= 3 && pending[0] === 0x10 && pending[1] === 0x04) {
        if (this.answersStatus) sock.write(Uint8Array.of(this.statusByte(pending[2]!)));
        pending = pending.subarray(3);
      }
      const partialRequest = pending.length > 0 && pending[0] === 0x10 && (pending.length === 1 || pending[1] === 0x04);
      if (pending.length > 0 && !partialRequest) {
        inJob = true;
        job.push(pending);
      }
    });
    sock.on('end', () => {
      sock.end();
      if (job.length > 0) {
        const received = { bytes: new Uint8Array(Buffer.concat(job)), lastByteAt };
        this.jobs.push(received);
        for (const cb of this.listeners) cb(received);
      }
    });
    sock.on('error', () => {});
    sock.on('close', () => this.sockets.delete(sock));
  }
}
