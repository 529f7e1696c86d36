import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevicesFromConfig } from '../../src/app/devices-from-config';
import type { RunningServer } from '../../src/server';
import { client, demoConfig, tempDir, testServer } from './helpers';

const open: RunningServer[] = [];
afterAll(async () => { for (const s of open) await s.close(); });

describe('the demo office prints tickets to the fake printer', () => {
  it('POST /api/tickets writes <data>/printer/NNNNNN.bin and .png, and health lists the devices', async () => {
    const dataDir = tempDir();
    const config = demoConfig();
    const srv = await testServer({ dataDir, devices: (log) => createDevicesFromConfig(config, dataDir, log) });
    open.push(srv);
    const api = client(srv.url);
    const r = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    expect(r.status).toBe(201);
    const dir = join(dataDir, 'printer');
    await expect.poll(() => (existsSync(dir) ? readdirSync(dir).sort() : []), { timeout: 10_000 }).toEqual(['000001.bin', '000001.png']);
    const health = await api('GET', '/api/health');
    expect(health.body.devices.map((d: { kind: string; state: string }) => `${d.kind}:${d.state}`)).toEqual(['printer:ready', 'scanner:ready']);
  });
});

describe('what the printed ticket says', () => {
  it('is in the language the number was taken in, with the wait and the counters serving the service', async () => {
    const jobs: unknown[][] = [];
    const srv = await testServer({
      devices: () => ({
        list: () => [], onChange: () => () => {}, dropPrint: () => {}, onScan: () => () => {}, close: async () => {},
        printTicket: async (...args) => { jobs.push(args); return { ticketId: args[0].id, state: 'printed' }; },
      }),
    });
    open.push(srv);
    const api = client(srv.url);
    expect((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich', lang: 'en' } })).status).toBe(201);
    expect((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'traketqua', priority: 'nguoi-cao-tuoi' } })).status).toBe(201);
    await expect.poll(() => jobs.length).toBe(2);
    expect(jobs[0]![3]).toMatchObject({ lang: 'en', officeName: 'Hoa An Commune Public Service Centre', serviceName: 'Civil status', counters: [1, 2] });
    // The QR of an English ticket opens the phone page in English.
    expect((jobs[0]![3] as { url: string }).url).toMatch(/\/t\/[\w-]+\?lang=en$/);
    expect((jobs[1]![3] as { url?: string }).url).toBeUndefined(); // the ticket's own address
    expect((jobs[0]![3] as { waitText?: string }).waitText).toMatch(/^Estimated wait: about \d+ (min|h)/);
    expect((jobs[1]![3] as { waitText?: string }).waitText).toMatch(/^Thời gian chờ dự kiến: khoảng \d+ (phút|giờ)/);
    expect(jobs[1]![3]).toMatchObject({ lang: 'vi', serviceName: 'Trả kết quả', priorityName: 'Người cao tuổi', counters: [5] });
    expect((await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich', lang: 'fr' } })).status).toBe(400);
  });
});
