import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { BODIES } from '../../src/http/openapi';
import { client, ROOT, testServer } from './helpers';

let srv: RunningServer;
let doc: { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }; parameters?: Array<{ name: string; in: string }> }>> };

beforeAll(async () => {
  srv = await testServer();
  const r = await client(srv.url)('GET', '/api/openapi.json');
  expect(r.status).toBe(200);
  doc = r.body;
});
afterAll(() => srv.close());

/** Every `r.get('/x', ...)`-style route written in the server's source, read independently of the router. */
function routesInSource(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const src = readFileSync(join(e.parentPath, e.name), 'utf8');
    for (const m of src.matchAll(/\br\.(get|post|put|patch|delete)\(\s*'([^']+)'/g)) out.push(`${m[1]} /api${m[2]!.replace(/:(\w+)/g, '{$1}')}`);
  }
  return out;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document that lists every route of the REST API', () => {
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const written = routesInSource(join(ROOT, 'server/src'));
    expect(written.length).toBeGreaterThan(50);
    expect(listed).toEqual(expect.arrayContaining(written));
    // The counter actions are registered in a loop: they are there too.
    expect(listed).toEqual(expect.arrayContaining(['post /api/counters/{id}/call-next', 'post /api/counters/{id}/transfer']));
  });

  it('describes request bodies and queries from the routes\' zod schemas', () => {
    const take = doc.paths['/api/tickets']!.post!.requestBody!.content['application/json']!.schema;
    expect(Object.keys(take.properties ?? {})).toEqual(['serviceId', 'priority', 'source', 'lang']);
    expect(take.required).toEqual(['serviceId']);
    expect(doc.paths['/api/counters/{id}/pause']!.post!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(doc.paths['/api/reports']!.get!.parameters!.map((p) => p.in)).toContain('query');
  });

  it('every schema in its table belongs to a route that exists', () => {
    for (const key of Object.keys(BODIES)) {
      const [method, path] = key.split(' ');
      const op = doc.paths[`/api${path!.replace(/:(\w+)/g, '{$1}')}`]?.[method!.toLowerCase()];
      expect(op?.requestBody, key).toBeDefined();
    }
  });
});
