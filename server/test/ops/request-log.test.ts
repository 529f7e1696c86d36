/** Request logging: off by default; on, one info line per request, with the path but never the query (tokens ride there). */
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log';
import type { RunningServer } from '../../src/server';
import { testServer } from '../integration/helpers';

let srv: RunningServer | null = null;
afterEach(async () => { await srv?.close(); srv = null; });

function capture(): { log: Logger; lines: Array<{ msg: string; fields: unknown }> } {
  const lines: Array<{ msg: string; fields: unknown }> = [];
  const at = (msg: string, fields?: unknown) => { lines.push({ msg, fields }); };
  return { log: { info: at, warn: () => {}, error: () => {} }, lines };
}

describe('request log', () => {
  it('is off by default', async () => {
    const c = capture();
    srv = await testServer({ log: c.log });
    const before = c.lines.length;
    await fetch(`${srv.url}/api/health`);
    expect(c.lines.slice(before).filter((l) => l.msg.startsWith('GET '))).toEqual([]);
  });

  it('logs one line per request at info, without the query string', async () => {
    const c = capture();
    srv = await testServer({ log: c.log, logRequests: true });
    await fetch(`${srv.url}/api/health?token=secret-token`);
    await fetch(`${srv.url}/api/nope`);
    const lines = c.lines.filter((l) => /^(GET|POST) /.test(l.msg));
    expect(lines.map((l) => l.msg)).toEqual(['GET /api/health 200', 'GET /api/nope 404']);
    expect(JSON.stringify(lines)).not.toContain('secret-token');
    expect(lines[0]!.fields).toMatchObject({ status: 200, req: { method: 'GET', path: '/api/health' } });
  });
});
