/** Makes the scanner a config entry names; each driver's module is imported only when it is used. */
import type { ScannerConfig } from '../config';
import type { PortFactory } from '../serial-port';
import type { DriverLog, Scanner } from '../types';

export interface ScannerDeps {
  log?: DriverLog;
  /** RegExp source for dossier codes (devices.dossierPattern). */
  dossierPattern?: string | null;
  /** Serial port maker (tests inject SerialPortMock). */
  portFactory?: PortFactory;
}

type Loader = (config: ScannerConfig, deps: ScannerDeps) => Promise<Scanner>;

const drivers: Record<string, Loader> = {
  fake: async (c, d) => {
    const { FakeScanner } = await import('./fake');
    return new FakeScanner({ id: c.id, dossierPattern: d.dossierPattern ?? null, log: d.log });
  },
  serial: async (c, d) => {
    if (c.driver !== 'serial') throw new Error('unreachable');
    const { SerialScanner } = await import('./serial');
    const { id, path, baudRate, lineEnding, reopenMs, idleFlushMs, idleDropMs } = c;
    const s = new SerialScanner({ id, path, baudRate, lineEnding, reopenMs, idleFlushMs, idleDropMs, dossierPattern: d.dossierPattern ?? null, log: d.log, portFactory: d.portFactory });
    await s.start();
    return s;
  },
};

/** The valid scanner driver names. */
export const scannerDrivers = Object.keys(drivers);

/** Starts the scanner a config entry describes. An unplugged scanner still starts (offline, retrying). */
export async function createScanner(config: ScannerConfig, deps: ScannerDeps = {}): Promise<Scanner> {
  const load = drivers[config.driver];
  if (!load) throw new Error(`unknown scanner driver "${String(config.driver)}"; valid: ${scannerDrivers.join(', ')}`);
  return load(config, deps);
}
