import { describe, expect, it } from 'vitest';
import { devicesConfigSchema, parseDevicesConfig, printerWidthDots } from '../src/config';

describe('devices config', () => {
  it('fills in a demo setup from nothing', () => {
    const c = devicesConfigSchema.parse(undefined);
    expect(c.printer).toMatchObject({ driver: 'fake', id: 'printer-1', paper: 80, mode: 'raster', timeoutMs: 5000 });
    expect(c.scanners).toEqual([]);
    expect(c.dossierPattern).toBeNull();
  });

  it('fills in transport defaults: TCP port 9100, the usb device file, serial 9600 baud CRLF', () => {
    const c = devicesConfigSchema.parse({
      printer: { driver: 'tcp', host: '192.168.1.50' },
      scanners: [{ id: 'kiosk-1', driver: 'serial', path: '/dev/ttyACM0' }, { id: 'kiosk-2', driver: 'fake' }],
    });
    expect(c.printer).toMatchObject({ driver: 'tcp', port: 9100, statusQuery: true });
    expect(c.scanners[0]).toMatchObject({ baudRate: 9600, lineEnding: 'any', idleDropMs: 300 });
    expect(devicesConfigSchema.parse({ printer: { driver: 'usb' } }).printer).toMatchObject({ path: '/dev/usb/lp0' });
  });

  it("accepts the line ending as YAML writes it in single quotes ('\\r\\n' is four characters) or by name", () => {
    for (const [given, want] of [['\\r\\n', '\r\n'], ['\\r', '\r'], ['LF', '\n'], ['\r', '\r']] as const) {
      const c = devicesConfigSchema.parse({ scanners: [{ id: 's', driver: 'serial', path: '/dev/ttyUSB0', lineEnding: given }] });
      expect(c.scanners[0]).toMatchObject({ lineEnding: want });
    }
  });

  it('says which path is wrong, one line per problem', () => {
    const r = parseDevicesConfig({ printer: { driver: 'tcp', path: '/dev/usb/lp0' }, dossierPattern: '([' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('devices.printer.host: Invalid input: expected string, received undefined');
      expect(r.errors.some((e) => e.startsWith('devices.printer: Unrecognized key') && e.includes('path'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('devices.dossierPattern: not a valid regular expression'))).toBe(true);
    }
  });

  it('lists the valid drivers for an unknown one', () => {
    const r = parseDevicesConfig({ printer: { driver: 'bluetooth' } });
    expect(!r.ok && r.errors[0]).toMatch(/^devices\.printer\.driver: .*'fake' \| 'tcp' \| 'serial' \| 'usb'/);
  });

  it('rejects duplicate device ids and bad paper widths', () => {
    const dup = parseDevicesConfig({ scanners: [{ id: 'k', driver: 'fake' }, { id: 'k', driver: 'fake' }] });
    expect(!dup.ok && dup.errors).toEqual(['devices.scanners.1.id: duplicate device id "k"']);
    expect(parseDevicesConfig({ printer: { driver: 'fake', paper: 70 } }).ok).toBe(false);
  });

  it('refuses a text-mode code page the printer table does not have', () => {
    const r = parseDevicesConfig({ printer: { driver: 'fake', mode: 'text', codepageMapping: 'pos-5890' } });
    expect(!r.ok && r.errors).toEqual(['devices.printer.codepageMapping: the pos-5890 table has no TCVN-3: use textCodepage: windows1258']);
    expect(parseDevicesConfig({ printer: { driver: 'fake', mode: 'text', codepageMapping: 'pos-5890', textCodepage: 'windows1258' } }).ok).toBe(true);
  });

  it('gives the printable width in dots', () => {
    expect(printerWidthDots({ paper: 80 })).toBe(576);
    expect(printerWidthDots({ paper: 58 })).toBe(384);
    expect(printerWidthDots({ paper: 80, widthDots: 512 })).toBe(512);
  });
});
