/** Starting real servers on real SQLite files for the integration tests. */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSiteConfig, type SiteConfig } from '@motcua/config';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';
import { createLogger } from '../../src/log';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The demo office as configured, office hours enforced (for the hours tests, with a set clock). */
export const demoConfigWithHours = (): SiteConfig => loadSiteConfig(join(ROOT, 'config/demo.yaml'));
/** The demo office with its hours shown but not enforced: the other tests run at any hour of the day. */
export const demoConfig = (): SiteConfig => {
  const c = demoConfigWithHours();
  if (c.hours) c.hours.enforce = false;
  // The tests and the bench issue and sign in far faster than any office: the rate limits have their own tests.
  c.security = { ...c.security, issuePerMinute: 10_000, issuePerHour: 100_000, loginPerMinute: 1000, loginFailuresPerUser: 1000, lookupPerMinute: 10_000 };
  return c;
};
export const tempDir = (name = 'motcua-') => mkdtempSync(join(tmpdir(), name));

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** A server on a fresh data folder (or the one given). */
export async function testServer(over: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({
    config: demoConfig(), configDir: join(ROOT, 'config'), dataDir: tempDir(), port: 0, host: '127.0.0.1',
    log: createLogger('silent'), ...over,
  });
}

/** A small REST client with JSON in and out. */
export function client(base: string) {
  return async (method: string, path: string, opts: { token?: string; body?: unknown; raw?: string } = {}) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

/** Signs a staff member in and returns the token. */
export async function login(base: string, username = 'canbo1', password = 'demo'): Promise<string> {
  const r = await client(base)('POST', '/api/auth/login', { body: { username, password } });
  if (r.status !== 200) throw new Error(`login failed: ${JSON.stringify(r.body)}`);
  return r.body.token as string;
}
