/** A wall display or kiosk that goes away is an alert on the staff screens; one that comes back clears it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { DeviceStatusView, Snapshot } from '../../src/contract';
import type { RunningServer } from '../../src/server';
import { login, testServer } from './helpers';

let srv: RunningServer;
let staff: Socket;
let latest: DeviceStatusView[] = [];
const screen = (token: string) => connect(srv.url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
const display = () => latest.find((d) => d.id === 'display-1');

beforeAll(async () => {
  srv = await testServer({ screenGraceMs: 300 });
  staff = connect(srv.url, { auth: { token: await login(srv.url) }, transports: ['websocket'] });
  staff.on('devices', (d: DeviceStatusView[]) => { latest = d; });
  latest = (await new Promise<Snapshot>((ok) => staff.once('snapshot', ok))).devices ?? [];
});
afterAll(() => { staff.close(); return srv.close(); });

describe('screens as devices', () => {
  it('a display not seen since the start raises nothing', () => {
    expect(display()).toBeUndefined();
  });

  it('a display that connects is ready; gone past the grace time it is offline; back, ready again', async () => {
    const tv = screen('demo-display');
    await expect.poll(() => display()?.state).toBe('ready');
    expect(display()).toMatchObject({ kind: 'display', driver: 'browser' });
    tv.close();
    await new Promise((ok) => setTimeout(ok, 100));
    expect(display()?.state).toBe('ready'); // a blip within the grace time is not an alarm
    await expect.poll(() => display()?.state, { timeout: 2000 }).toBe('offline');
    const health = await (await fetch(`${srv.url}/api/health`)).json() as { devices: DeviceStatusView[] };
    expect(health.devices.find((d) => d.id === 'display-1')?.state).toBe('offline');
    const again = screen('demo-display');
    await expect.poll(() => display()?.state).toBe('ready');
    again.close();
  });

  it('two tabs of one display: closing one keeps it ready', async () => {
    const a = screen('demo-display');
    const b = screen('demo-display');
    await expect.poll(() => display()?.state).toBe('ready');
    await new Promise((ok) => setTimeout(ok, 50));
    a.close();
    await new Promise((ok) => setTimeout(ok, 600));
    expect(display()?.state).toBe('ready');
    b.close();
    await expect.poll(() => display()?.state, { timeout: 2000 }).toBe('offline');
  });

  it('a kiosk is watched the same way; a phone or a staff screen is not a device', async () => {
    const kiosk = screen('demo-kiosk');
    await expect.poll(() => latest.find((d) => d.id === 'kiosk-1')?.state).toBe('ready');
    const phone = screen('');
    await new Promise((ok) => setTimeout(ok, 200));
    expect(latest.every((d) => d.kind === 'display' || d.kind === 'kiosk' || d.kind === 'printer' || d.kind === 'scanner')).toBe(true);
    expect(latest.filter((d) => d.driver === 'browser').map((d) => d.id).sort()).toEqual(['display-1', 'kiosk-1']);
    kiosk.close();
    phone.close();
  });
});
