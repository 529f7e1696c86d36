/** The kiosk's read-aloud routes and the documents checklist, on real servers (espeak-ng, the fake printer). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDevicesFromConfig } from '../../src/app/devices-from-config';
import type { RunningServer } from '../../src/server';
import { parseWav } from '../../src/voice/wav';
import { ENGLISH_VOICE } from '../../src/features/kiosk-voice';
import { homePhraseEn, procedurePhraseEn, ticketPhraseEn, type SpokenProcedureEn } from '../../src/voice/kiosk-phrases-en';
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
    const fr = await wav(srv.url, '/api/voice/kiosk/home.wav?lang=fr');
    expect(fr.status).toBe(400);
    expect(fr.body?.error.code).toBe('VALIDATION');
    expect((await wav(srv.url, '/api/voice/kiosk/home.wav?lang=vi')).status).toBe(200);
  }, 60_000);

  it('in the English mode (?lang=en) speaks English words with an English voice: the same audio espeak-ng makes of them', async () => {
    const srv = await server();
    const api = client(srv.url);
    const dir = tempDir('motcua-en-');
    /** What espeak-ng itself makes of a text with the English voice, at the server's speed and pitch. */
    const espeakEn = (text: string) => {
      const out = join(dir, `${Math.random().toString(36).slice(2)}.wav`);
      execFileSync('espeak-ng', ['-v', ENGLISH_VOICE, '-s', '150', '-p', '50', '-w', out, '--', text]);
      return parseWav(new Uint8Array(readFileSync(out)));
    };
    const served = async (path: string) => {
      const res = await fetch(srv.url + path, { headers: { authorization: 'Bearer demo-kiosk' } });
      expect(res.status, path).toBe(200);
      return parseWav(new Uint8Array(await res.arrayBuffer()));
    };
    // Sample for sample: espeak-ng is deterministic for the same text, voice, speed and pitch.
    const same = (a: ReturnType<typeof parseWav>, b: ReturnType<typeof parseWav>) => {
      expect(a.samples.length).toBeGreaterThan(10_000);
      expect(Buffer.from(a.samples.buffer, a.samples.byteOffset, a.samples.byteLength)
        .equals(Buffer.from(b.samples.buffer, b.samples.byteOffset, b.samples.byteLength))).toBe(true);
    };
    const differs = (a: ReturnType<typeof parseWav>, b: ReturnType<typeof parseWav>) =>
      expect(Buffer.from(a.samples.buffer, a.samples.byteOffset, a.samples.byteLength)
        .equals(Buffer.from(b.samples.buffer, b.samples.byteOffset, b.samples.byteLength))).toBe(false);

    const h = (await api('GET', '/api/hours')).body as { issuing: boolean; nextOpeningTextEn: string | null };
    same(await served('/api/voice/kiosk/home.wav?lang=en'), espeakEn(homePhraseEn(h)));
    differs(await served('/api/voice/kiosk/home.wav'), espeakEn(homePhraseEn(h)));

    const catalog = (await api('GET', '/api/catalog')).body as { procedures: Array<SpokenProcedureEn & { code: string }> };
    const birth = catalog.procedures.find((p) => p.code === '1.001193')!;
    expect(birth.nameEn).toBeTruthy();
    const text = procedurePhraseEn(birth);
    expect(text).toContain(`Procedure: ${birth.nameEn}.`);
    expect(text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    same(await served('/api/voice/kiosk/procedure/1.001193.wav?lang=en'), espeakEn(text));

    const t = await api('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId: 'hotich' } });
    same(await served(`/api/voice/kiosk/ticket/${t.body.id}.wav?lang=en`), espeakEn(ticketPhraseEn(t.body, demoConfig().voice.numberMode)));
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
