/**
 * The little of a serialport port that the drivers use, and the factory that makes one. Injected, as in
 * node-serialport's own design: unit tests pass `(o) => new SerialPortMock({ ...o, autoOpen: false })`.
 */

/** A serialport SerialPortStream, as far as the drivers need it. */
export interface PortLike {
  readonly isOpen: boolean;
  open(cb: (err: Error | null) => void): void;
  close(cb?: (err: Error | null) => void): void;
  write(data: Uint8Array, cb?: (err: Error | null | undefined) => void): boolean;
  drain(cb: (err: Error | null) => void): void;
  on(event: 'data', cb: (chunk: Buffer) => void): this;
  on(event: 'close', cb: (err?: Error & { disconnected?: boolean }) => void): this;
  on(event: 'error', cb: (err: Error) => void): this;
  removeAllListeners(): this;
}

export interface PortOptions {
  path: string;
  baudRate: number;
}

/** Makes a closed port for a path (the caller opens it). */
export type PortFactory = (opts: PortOptions) => PortLike | Promise<PortLike>;

/** The real factory: serialport with its native binding, imported only when a serial device is configured. */
export const defaultPortFactory: PortFactory = async ({ path, baudRate }) => {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ path, baudRate, autoOpen: false }) as unknown as PortLike;
};

/** Opens a port; resolves when open, rejects with the binding's error. */
export function openPort(port: PortLike): Promise<void> {
  return new Promise((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
}

/** Closes a port if open; never rejects. */
export function closePort(port: PortLike): Promise<void> {
  return new Promise((resolve) => {
    if (!port.isOpen) return resolve();
    port.close(() => resolve());
  });
}
