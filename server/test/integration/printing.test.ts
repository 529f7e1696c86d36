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
