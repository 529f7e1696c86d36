/** The ticket QR's address: the configured one, else the server's LAN address (said at start); localhost is a warning. */
import { describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Snapshot } from '../../src/contract';
import { isLocalOnly, lanAddress, resolvePublicUrl } from '../../src/app/public-url';
import { client, demoConfig, login, testServer } from './helpers';

function recorder() {
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) };
  return { lines, log };
}

describe('publicUrl', () => {
  it('unset: the LAN address and the port; configured: as given; localhost: a warning', () => {
    expect(resolvePublicUrl(undefined, 8080, '192.168.1.20')).toEqual({ url: 'http://192.168.1.20:8080', source: 'lan', warning: null });
    expect(resolvePublicUrl('http://10.0.0.5:8080', 8080, '192.168.1.20')).toMatchObject({ url: 'http://10.0.0.5:8080', warning: null });
    expect(resolvePublicUrl('http://localhost:8080', 8080, '192.168.1.20').warning).toMatch(/no phone/);
    expect(resolvePublicUrl(undefined, 8080, null).warning).toMatch(/not set/);
    for (const u of ['http://localhost:8080', 'http://127.0.0.1', 'http://[::1]:8080', 'http://0.0.0.0:80']) expect(isLocalOnly(u)).toBe(true);
    expect(isLocalOnly('http://192.168.1.10:8080')).toBe(false);
  });

  it('prefers a private LAN address over another one', () => {
    const nic = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null }) as never;
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], wan: [nic('203.0.113.7')], eth0: [nic('192.168.5.9')] })).toBe('192.168.5.9');
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBeNull();
  });

  it('a server without publicUrl puts its LAN address in the ticket URL and says so at start', async () => {
    const config = demoConfig(); // the demo config leaves publicUrl unset
    expect(config.office.publicUrl).toBeUndefined();
    const { lines, log } = recorder();
    const srv = await testServer({ config, log });
    try {
      const lan = lanAddress();
      const r = await client(srv.url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
      expect(r.status).toBe(201);
      if (lan) {
        expect(r.body.url).toMatch(new RegExp(`^http://${lan.replace(/\./g, '\\.')}:${srv.port}/t/`));
        expect(lines.some((l) => l.startsWith('info') && l.includes(`http://${lan}:${srv.port}`))).toBe(true);
      } else {
        expect(lines.some((l) => l.startsWith('warn') && l.includes('not set'))).toBe(true);
      }
    } finally { await srv.close(); }
  });

  it('a localhost publicUrl is a warning at start and on the admin board\'s snapshot', async () => {
    const { lines, log } = recorder();
    const config = demoConfig();
    config.office.publicUrl = 'http://localhost:8080';
    const srv = await testServer({ config, log });
    try {
      expect(lines.some((l) => l.startsWith('warn') && l.includes('http://localhost:8080'))).toBe(true);
      const staff = connect(srv.url, { auth: { token: await login(srv.url, 'admin') }, transports: ['websocket'] });
      const snap = await new Promise<Snapshot>((ok) => staff.once('snapshot', ok));
      staff.close();
      expect(snap.office.publicUrlLocal).toBe(true);
    } finally { await srv.close(); }
  });
});
