/** What carries a printer's bytes: one file per transport in transports/, all behind this interface. */
import type { DeviceState } from '../types';
import type { QueuedJob } from './queue';

/** The printer's state as a transport saw it. */
export interface SeenState {
  state: DeviceState;
  detail?: string;
}

export interface PrinterTransport {
  /** The config driver name: fake | tcp | serial | usb. */
  readonly driver: string;
  /** True when the transport keeps a PNG of each job (the fake printer): the worker then draws one. */
  readonly preview?: boolean;
  /**
   * Sends one job. Transports that can read status check it first and reject with a DeviceFault
   * (paperOut, coverOpen...) instead of sending. Resolves with the state seen, when known.
   * Must settle within timeoutMs (rejecting with an 'offline' DeviceFault on timeout).
   */
  send(job: QueuedJob, timeoutMs: number): Promise<SeenState | void>;
  /** Asks for the printer's state without printing; absent when the transport cannot read (usb). */
  probe?(timeoutMs: number): Promise<SeenState>;
  /** How long sending this many bytes takes at the least (a slow serial line); the timeout grows to fit. */
  wireMs?(bytes: number): number;
  /** Tells when the printer may have come back (the fake's setState), so waiting jobs go at once. */
  onKick?(cb: () => void): void;
  close(): Promise<void>;
}
