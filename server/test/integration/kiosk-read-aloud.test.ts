/** The kiosk's read-aloud routes and the documents checklist, on real servers (espeak-ng, the fake printer). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevicesFromConfig } from '../../src/app/devices-from-config';
import type { RunningServer } from '../../src/server';
import { parseWav } from '../../src/voice/wav';
import { client, demoConfig, freePort, tempDir, testServer } from './helpers';

const open: RunningServer[] = [];
afterAll(async () => { for (const s of open) await s.close(); });

async function server(over: Parameters<typeof testServer>[0] = {}): Promise<RunningServer> {
  const srv = await testServer(over);
  open.push(srv);
  return srv;
}

/** GETs a WAV with a token; its length in ms, or the error body. */
async function wav(base: string, path: string, token: string | null = 'demo-kiosk') {
  const res = await fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (res.headers.get('content-type')?.startsWith('audio/wav')) return { status: res.status, ms: parseWav(new Uint8Array(await res.arrayBuffer())).durationMs, body: null };
  return { status: res.status, ms: 0, body: (await res.json()) as { error: { code: string; message: string } } };
}

describe('GET /api/voice/kiosk/*.wav', () => {
  it('speaks the home screen, a procedure (longer with more documents) and a ticket; refuses what it does not know', async () => {
    const srv = await server();
    const api = client(srv.url);
    const home = await wav(srv.url, '/api/voice/kiosk/home.wav');
    expect(home.status).toBe(200);
    expect(home.ms).toBeGreaterThan(5000);

    // 1.004837 Đăng ký giám hộ: 3 documents; 1.001193 Đăng ký khai sinh: 4 and a longer fee and time limit.
    const few = await wav(srv.url, '/api/voice/kiosk/procedure/1.011607.wav'); // 1 document
    const many = await wav(srv.url, '/api/voice/kiosk/procedure/2.001263.wav'); // 5 documents
    expect(few.status).toBe(200);
    expect(many.status).toBe(200);
    expect(many.ms).toBeGreaterThan(few.ms + 3000);

    const t = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    expect(t.status).toBe(201);
    const ticket = await wav(srv.url, `/api/voice/kiosk/ticket/${t.body.id}.wav`);
    expect(ticket.status).toBe(200);
    expect(ticket.ms).toBeGreaterThan(2000);

    expect((await wav(srv.url, '/api/voice/kiosk/procedure/9.999999.wav')).body?.error.code).toBe('UNKNOWN_PROCEDURE');
    expect((await wav(srv.url, '/api/voice/kiosk/procedure/not-a-code.wav')).status).toBe(404);
    expect((await wav(srv.url, '/api/voice/kiosk/ticket/NoSuchTicket123456.wav')).body?.error.code).toBe('UNKNOWN_TICKET');
    expect((await wav(srv.url, '/api/voice/kiosk/home.wav', null)).status).toBe(401);
    expect((await wav(srv.url, '/api/voice/kiosk/home.wav', 'demo-display')).status).toBe(403);
    const en = await wav(srv.url, '/api/voice/kiosk/home.wav?lang=en');
    expect(en.status).toBe(400);
    expect(en.body?.error.code).toBe('VALIDATION');
    expect((await wav(srv.url, '/api/voice/kiosk/home.wav?lang=vi')).status).toBe(200);
  }, 60_000);

  it('answers 503 VOICE_UNAVAILABLE without espeak-ng, but still 404 for an unknown procedure', async () => {
    process.env.MOTCUA_ESPEAK = '/nonexistent/espeak-ng';
    let srv: RunningServer;
    try { srv = await server(); } finally { delete process.env.MOTCUA_ESPEAK; }
    const r = await wav(srv.url, '/api/voice/kiosk/procedure/1.001193.wav');
    expect(r.status).toBe(503);
    expect(r.body?.error.code).toBe('VOICE_UNAVAILABLE');
    expect(r.body?.error.message).toMatch(/^Không có giọng đọc .* \/ voice unavailable/);
    expect((await wav(srv.url, '/api/voice/kiosk/procedure/9.999999.wav')).status).toBe(404);
  });

  it('the snapshot carries the kiosk voice volume from the config', async () => {
    const config = demoConfig();
    config.kiosk.voiceVolume = 0.4;
    const srv = await server({ config });
    const { io } = await import('socket.io-client');
    const socket = io(srv.url, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
    const snap = await new Promise<{ kiosk: { voiceVolume: number } }>((ok) => socket.once('snapshot', ok));
    socket.close();
    expect(snap.kiosk).toEqual({ voiceVolume: 0.4 });
  });
});

describe('POST /api/kiosk/checklist', () => {
  it('prints the checklist on the fake printer; validates the body; 404 for an unknown code', async () => {
    const dataDir = tempDir();
    const config = demoConfig();
    const srv = await server({ dataDir, config, devices: (log) => createDevicesFromConfig(config, dataDir, log) });
    const api = client(srv.url);
    const r = await api('POST', '/api/kiosk/checklist', { token: 'demo-kiosk', body: { code: '1.001193' } });
    expect(r).toEqual({ status: 200, body: { code: '1.001193', state: 'printed' } });
    const dir = join(dataDir, 'printer');
    expect(existsSync(dir) ? readdirSync(dir).sort() : []).toEqual(['000001.bin', '000001.png']);

    expect((await api('POST', '/api/kiosk/checklist', { token: 'demo-kiosk', body: { code: '9.999999' } })).body.error.code).toBe('UNKNOWN_PROCEDURE');
    const bad = await api('POST', '/api/kiosk/checklist', { token: 'demo-kiosk', body: { code: '1.001193', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect((await api('POST', '/api/kiosk/checklist', { body: { code: '1.001193' } })).status).toBe(401);
  });

  it('a printer that cannot be reached: reported failed to the kiosk, nothing left in the queue', async () => {
    const dataDir = tempDir();
    const config = demoConfig();
    config.devices = { printer: { driver: 'tcp', host: '127.0.0.1', port: await freePort(), timeoutMs: 800 } };
    const srv = await server({ dataDir, config, devices: (log) => createDevicesFromConfig(config, dataDir, log) });
    const r = await client(srv.url)('POST', '/api/kiosk/checklist', { token: 'demo-kiosk', body: { code: '1.001193' } });
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('failed');
    expect(r.body.reason).toEqual(expect.any(String));
    const health = await client(srv.url)('GET', '/api/health');
    expect(health.body.devices[0].queued ?? 0).toBe(0);
  });
});
