/**
 * A USB printer through the kernel's usblp driver: write the job to a device file (/dev/usb/lp0).
 * The file is write-only in practice: no status. A write to a printer out of paper can block for as long
 * as the paper is out, so a timed-out write is remembered: new jobs wait (queued) until it returns.
 */
import { open } from 'node:fs/promises';
import { DeviceFault, errorText } from '../../errors';
import type { QueuedJob } from '../queue';
import type { PrinterTransport, SeenState } from '../transport';

export interface UsbFileTransportOptions {
  path: string;
}

/** USB printer transport writing to a device file. */
export class UsbFileTransport implements PrinterTransport {
  readonly driver = 'usb';
  /** The last write that timed out: it may still finish, and then its job is printed. */
  private late: { id: string; state: 'writing' | 'done' | 'failed' } | null = null;

  constructor(private readonly opts: UsbFileTransportOptions) {}

  async send(job: QueuedJob, timeoutMs: number): Promise<SeenState | void> {
    const late = this.late;
    if (late?.state === 'writing') throw new DeviceFault('error', `${this.opts.path}: the previous job is still being written (paper out or printer paused?)`);
    this.late = null;
    // The retry of a job whose timed-out write went through after all: printing it again would duplicate it.
    if (late?.state === 'done' && late.id === job.id) return;
    const entry = { id: job.id, state: 'writing' as 'writing' | 'done' | 'failed' };
    const write = this.write(job.bytes).then(
      () => void (entry.state = 'done'),
      (err: unknown) => {
        entry.state = 'failed';
        throw err;
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        write,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            this.late = entry;
            write.catch(() => {});
            reject(new DeviceFault('error', `${this.opts.path}: write did not finish within ${timeoutMs} ms (paper out?)`));
          }, timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {}

  private async write(bytes: Uint8Array): Promise<void> {
    let fh;
    try {
      fh = await open(this.opts.path, 'w');
      await fh.write(bytes);
    } catch (err) {
      throw explain(err, this.opts.path);
    } finally {
      await fh?.close().catch(() => {});
    }
  }
}

/** Turns the usual device-file errors into faults an office IT person can act on. */
function explain(err: unknown, path: string): Error {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO') return new DeviceFault('offline', `${path} not found: printer off or unplugged?`);
  if (code === 'EACCES' || code === 'EPERM') return new DeviceFault('error', `${path}: permission denied (add the server's user to group lp)`);
  if (code === 'EBUSY') return new DeviceFault('error', `${path} is busy (another program has it open?)`);
  return new DeviceFault('error', `${path}: ${errorText(err)}`);
}
