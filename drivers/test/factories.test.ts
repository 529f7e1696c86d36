import { describe, expect, it } from 'vitest';
import { devicesConfigSchema, type PrinterConfig, type ScannerConfig } from '../src/config';
import { createPrinter, printerDrivers } from '../src/printer/create';
import { createScanner, scannerDrivers } from '../src/scanner/create';
import { FakeScanner } from '../src/scanner/fake';
import type { ScanResult } from '../src/types';
import { tempDir } from './helpers';

describe('device factories', () => {
  it('list the valid driver names when given an unknown one', async () => {
    expect(printerDrivers).toEqual(['fake', 'tcp', 'serial', 'usb']);
    expect(scannerDrivers).toEqual(['fake', 'serial']);
    await expect(createPrinter({ driver: 'laser' } as unknown as PrinterConfig, { dataDir: tempDir() })).rejects.toThrow('unknown printer driver "laser"; valid: fake, tcp, serial, usb');
    await expect(createScanner({ id: 'x', driver: 'hid' } as unknown as ScannerConfig)).rejects.toThrow('unknown scanner driver "hid"; valid: fake, serial');
  });

  it('start a serial scanner whose device is missing as offline, not as an error', async () => {
    const config = devicesConfigSchema.parse({ scanners: [{ id: 'kiosk-1', driver: 'serial', path: '/dev/ttyDOES-NOT-EXIST' }] });
    const scanner = await createScanner(config.scanners[0]!);
    expect(scanner.status()).toMatchObject({ id: 'kiosk-1', kind: 'scanner', driver: 'serial', state: 'offline' });
    await scanner.close();
  });
});

describe('fake scanner', () => {
  it('delivers injected lines through the real parser, with the configured dossier pattern', async () => {
    const config = devicesConfigSchema.parse({ scanners: [{ id: 'kiosk-1', driver: 'fake' }], dossierPattern: String.raw`HS\d{11}` });
    const scanner = (await createScanner(config.scanners[0]!, { dossierPattern: config.dossierPattern })) as FakeScanner;
    const got: Array<[ScanResult, number]> = [];
    const off = scanner.onScan((r, raw) => got.push([r, raw.length]));
    scanner.inject('HS24031500042');
    scanner.inject('http://10.0.0.2/t/AbCdEfGhIjKlMnOpQr');
    scanner.inject(Uint8Array.of(0xff));
    off();
    scanner.inject('HS24031500042');
    expect(got).toEqual([
      [{ kind: 'dossier', code: 'HS24031500042' }, 13],
      [{ kind: 'ticket', ticketId: 'AbCdEfGhIjKlMnOpQr' }, 36],
      [expect.objectContaining({ kind: 'unknown', code: 'invalidUtf8' }), 1],
    ]);
    const states: string[] = [];
    scanner.onStatus((s) => states.push(s.state));
    scanner.setState('offline', 'unplugged');
    expect(states).toEqual(['offline']);
    await scanner.close();
  });

  it('keeps delivering to the other listeners when one throws', () => {
    const scanner = new FakeScanner({ id: 's' });
    let seen = 0;
    scanner.onScan(() => { throw new Error('listener bug'); });
    scanner.onScan(() => seen++);
    scanner.inject('000.00.23.H23-240315-0001');
    expect(seen).toBe(1);
  });
});
