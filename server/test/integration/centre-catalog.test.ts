/** The provincial centre (config/centre.yaml) serves the commune catalog with each procedure's queue one of its agencies. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '@motcua/config';
import type { RunningServer } from '../../src/server';
import { client, ROOT, testServer } from './helpers';

let srv: RunningServer | undefined;
afterAll(() => srv?.close());

describe('the centre\'s catalog', () => {
  it('loads (it was a 500: the catalog named the commune\'s queues), and every procedure goes to one of the centre\'s queues', async () => {
    const config = loadSiteConfig(join(ROOT, 'config/centre.yaml'));
    delete config.hours;
    srv = await testServer({ config });
    const r = await client(srv.url)('GET', '/api/catalog');
    expect(r.status).toBe(200);
    const own = new Set(config.services.map((s) => s.id));
    const procedures = r.body.procedures as Array<{ code: string; serviceId?: string }>;
    expect(procedures.length).toBeGreaterThan(50);
    const queues = procedures.flatMap((p) => (p.serviceId ? [p.serviceId] : []));
    expect(queues.filter((q) => !own.has(q))).toEqual([]);
    expect(new Set(queues)).toEqual(new Set(['tuphap', 'ldtbxh', 'tnmt', 'congan', 'vpubnd']));
  });
});
