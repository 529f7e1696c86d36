/**
 * Fuzzing the API (short version; `npm run soak` runs 100,000): random malformed payloads on every REST route
 * and socket event with every role's token. No crash, no 5xx, always an error code, no change from a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { testServer } from '../integration/helpers';
import { fuzzRest, fuzzSockets, roleTokens } from './fuzz-run';

const CASES = Number(process.env.FUZZ_CASES ?? 1200);
let srv: RunningServer;
let tokens: string[];
beforeAll(async () => {
  srv = await testServer();
  tokens = await roleTokens(srv);
});
afterAll(async () => { await srv?.close(); });

describe('random malformed input, every role', () => {
  it(`${CASES} REST requests: no 5xx, every refusal has a code and changes nothing`, async () => {
    const { statuses } = await fuzzRest(srv, CASES, tokens);
    // The fuzz reaches past the door: refusals of the payload itself (400), not only of the token.
    expect(statuses[400] ?? 0).toBeGreaterThan(CASES / 20);
    expect(Object.keys(statuses).some((s) => Number(s) < 300)).toBe(true);
    expect((await fetch(`${srv.url}/api/health`)).status).toBe(200);
  }, 600_000);

  it(`${Math.round(CASES * 1.25)} socket emits: every ack is ok or a coded refusal that changes nothing; no socket dropped`, async () => {
    await fuzzSockets(srv, Math.round(CASES * 1.25), tokens);
    expect((await fetch(`${srv.url}/api/health`)).status).toBe(200);
  }, 600_000);
});

/**
 * Transport-level malformed requests: body-parser and express errors. They answer 500 INTERNAL today;
 * issue 18 item 2 (engineer 18b) maps them to 400/413/415 with a code.
 * ENABLE AT MERGE with 18b's error mapping: set TRANSPORT_ERRORS_MAPPED to true.
 */
const TRANSPORT_ERRORS_MAPPED = true;
describe.skipIf(!TRANSPORT_ERRORS_MAPPED)('malformed transport, on every body-reading route', () => {
  const bodyRoutes = [['POST', '/api/tickets'], ['POST', '/api/auth/login'], ['POST', '/api/kiosk/scan'], ['PUT', '/api/admin/notices'], ['POST', '/api/dossiers/batch'], ['POST', '/api/ratings']];
  const malformed: Array<[string, Record<string, string>, BodyInit, number[]]> = [
    ['an unknown charset', { 'content-type': 'application/json; charset=klingon' }, '{}', [415]],
    ['an unknown content-encoding', { 'content-type': 'application/json', 'content-encoding': 'br2' }, '{}', [415]],
    ['a corrupt gzip body', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'not gzip at all', [400]],
    ['broken JSON', { 'content-type': 'application/json' }, '{"serviceId": ', [400]],
    ['a body far over the limit', { 'content-type': 'application/json' }, JSON.stringify({ x: 'y'.repeat(40 * 1024 * 1024) }), [413, 401]],
  ];
  for (const [what, headers, payload, statuses] of malformed) {
    it(`${what}: ${statuses.join(' or ')} with an error code, never 500`, async () => {
      for (const [method, path] of bodyRoutes) {
        const res = await fetch(`${srv.url}${path}`, { method, headers: { ...headers, authorization: `Bearer ${tokens.at(-1)}` }, body: payload });
        expect([...statuses, 400, 401, 403, 413, 415], `${method} ${path}`).toContain(res.status);
        expect(((await res.json()) as { error?: { code?: string } }).error?.code, `${method} ${path}`).toEqual(expect.any(String));
      }
    }, 120_000);
  }
  it('bad %-encoding in a path: 400 with an error code', async () => {
    for (const path of ['/api/tickets/%E0%A4%A', '/api/dossiers/lookup/%', '/api/admin/staff/%ZZ']) {
      const res = await fetch(`${srv.url}${path}`, { headers: { authorization: `Bearer ${tokens.at(-1)}` } });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error?: { code?: string } }).error?.code, path).toEqual(expect.any(String));
    }
  });
});
