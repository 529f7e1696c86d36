/** A scan goes only to the kiosk its scanner sits at: two kiosks, two scanners, one kiosk gone. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { FakeScanner } from '@motcua/drivers/scanner/fake';
import type { DeviceStatusView, KioskScanView, Snapshot } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { createDevicesFromConfig } from '../../src/app/devices-from-config';
import { demoConfig, login, testServer, tempDir } from './helpers';

const CARD = '001085012345|012345678|Nguyễn Văn An|15031985|Nam|Số 1 Tràng Tiền, Hà Nội|20042021';
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

let srv: RunningServer;
let staff: Socket;
let devices: DeviceStatusView[] = [];
const scanners = new Map<string, FakeScanner>();
const kiosks: Record<string, { socket: Socket; got: KioskScanView[] }> = {};

async function kiosk(id: string): Promise<void> {
  const socket = connect(srv.url, { auth: { token: `${id}-token` }, transports: ['websocket'], forceNew: true, reconnection: false });
  const got: KioskScanView[] = [];
  socket.on('scan', (v: KioskScanView) => got.push(v));
  kiosks[id] = { socket, got };
  await new Promise<Snapshot>((ok) => socket.once('snapshot', ok)); // joined its room by then
}

beforeAll(async () => {
  const config = demoConfig();
  config.deviceTokens.push(
    { id: 'kiosk-a', role: 'kiosk', tokenSha256: sha('kiosk-a-token') },
    { id: 'kiosk-b', role: 'kiosk', tokenSha256: sha('kiosk-b-token') },
  );
  config.devices = { scanners: [{ id: 'scanner-a', kiosk: 'kiosk-a', driver: 'fake' }, { id: 'scanner-b', kiosk: 'kiosk-b', driver: 'fake' }] };
  srv = await testServer({
    config, screenGraceMs: 200,
    devices: (log) => createDevicesFromConfig(config, tempDir(), log, { started: (s) => scanners.set(s.id, s as FakeScanner) }),
  });
  staff = connect(srv.url, { auth: { token: await login(srv.url) }, transports: ['websocket'] });
  staff.on('devices', (d: DeviceStatusView[]) => { devices = d; });
  devices = (await new Promise<Snapshot>((ok) => staff.once('snapshot', ok))).devices ?? [];
  await kiosk('kiosk-a');
  await kiosk('kiosk-b');
});
afterAll(async () => {
  staff.close();
  for (const k of Object.values(kiosks)) k.socket.close();
  await srv.close();
});

describe('scan routing', () => {
  it('each scanner delivers only to its own kiosk', async () => {
    scanners.get('scanner-a')!.inject(CARD);
    scanners.get('scanner-b')!.inject('000.00.23.H23-240315-0001');
    await expect.poll(() => kiosks['kiosk-a']!.got.length).toBe(1);
    await expect.poll(() => kiosks['kiosk-b']!.got.length).toBe(1);
    expect(kiosks['kiosk-a']!.got[0]!.kind).toBe('cccd');
    // kiosk-b's only scan is its own receipt: the card scanned at kiosk-a (emitted first) never reached it.
    expect(kiosks['kiosk-b']!.got[0]).toMatchObject({ kind: 'dossier', code: '000.00.23.H23-240315-0001' });
  });

  it('a scan at a kiosk that is not connected is dropped, reaches no other screen, and raises a device alert', async () => {
    kiosks['kiosk-b']!.socket.close();
    await expect.poll(() => devices.find((d) => d.id === 'kiosk-b')?.state, { timeout: 10_000 }).toBe('offline');
    const before = kiosks['kiosk-a']!.got.length;
    scanners.get('scanner-b')!.inject(CARD);
    await expect.poll(() => devices.find((d) => d.id === 'scanner-b')?.state).toBe('error');
    const alert = devices.find((d) => d.id === 'scanner-b')!;
    expect(alert.detail).toMatch(/kiosk-b/);
    expect(JSON.stringify(devices)).not.toMatch(/001085012345|Nguyễn Văn An/);
    // The next scan at kiosk-a is the first thing kiosk-a receives after the dropped card.
    scanners.get('scanner-a')!.inject('000.00.23.H23-240315-0002');
    await expect.poll(() => kiosks['kiosk-a']!.got.length).toBe(before + 1);
    expect(kiosks['kiosk-a']!.got.at(-1)).toMatchObject({ kind: 'dossier', code: '000.00.23.H23-240315-0002' });
  });

  it('the alert ends when a scan from that scanner gets through again', async () => {
    await kiosk('kiosk-b');
    scanners.get('scanner-b')!.inject('000.00.23.H23-240315-0003');
    await expect.poll(() => kiosks['kiosk-b']!.got.length).toBe(1);
    await expect.poll(() => devices.find((d) => d.id === 'scanner-b')?.state).toBe('ready');
  });

  it('an unreadable scan tells the citizen to scan again and the staff why', async () => {
    scanners.get('scanner-a')!.inject(new Uint8Array([0xff, 0xfe, 0x41]));
    await expect.poll(() => kiosks['kiosk-a']!.got.at(-1)?.kind).toBe('unknown');
    expect(kiosks['kiosk-a']!.got.at(-1)).toMatchObject({ message: 'Chưa đọc được mã. Vui lòng quét lại.' });
    await expect.poll(() => devices.find((d) => d.id === 'scanner-a')?.detail ?? '').toMatch(/invalidUtf8/);
  });
});
