/** Device errors as flag properties (as node-serialport's err.disconnected), never matched by message text. */
import type { DeviceState } from './types';

/** A device fault: what state the device is in, so the queue knows to wait and the screens what to show. */
export class DeviceFault extends Error {
  readonly deviceFault = true;
  constructor(readonly state: Exclude<DeviceState, 'ready'>, message: string) {
    super(message);
    this.name = 'DeviceFault';
  }
}

/** An error's message, for status details and logs. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The device state an I/O error means: timeouts and refused/missing devices are 'offline', the rest 'error'. */
export function stateOfError(err: unknown): Exclude<DeviceState, 'ready'> {
  if (err instanceof DeviceFault) return err.state;
  const code = (err as { code?: unknown } | null)?.code;
  const offline = ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOENT', 'ENODEV', 'ENXIO', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND'];
  if (typeof code === 'string' && offline.includes(code)) return 'offline';
  if ((err as { disconnected?: unknown } | null)?.disconnected) return 'offline';
  return 'error';
}
