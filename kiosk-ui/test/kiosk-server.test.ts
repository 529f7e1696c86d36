/** The kiosk's server link on a fake socket and fetch: offline and unanswered takes, pushed events, booting before the server. */
import { describe, expect, it, vi } from 'vitest';
import type { ScreenSocket } from '../../ui-shared/src/connection';
import { createKioskServer, SCAN_FAILED } from '../src/socket';

/** A socket.io client stand-in: the test fires server events and answers (or not) the emits. */
function fakeSocket(answer?: (event: string, payload: unknown) => unknown) {
  const handlers = new Map<string, (arg: unknown) => void>();
  const emitted: Array<[string, unknown]> = [];
  const socket = {
    connected: true,
    on: (ev: string, fn: (arg: unknown) => void) => { handlers.set(ev, fn); return socket; },
    io: { on: (ev: string, fn: (arg: unknown) => void) => { handlers.set(`io:${ev}`, fn); } },
    emit: (ev: string, payload: unknown) => { emitted.push([ev, payload]); },
    timeout: (_ms: number) => ({
      emit: (ev: string, payload: unknown, cb: (err: Error | null, ack?: unknown) => void) => {
        emitted.push([ev, payload]);
        if (answer) cb(null, answer(ev, payload)); else cb(new Error('operation has timed out'));
      },
    }),
  };
  return { socket, fire: (ev: string, arg?: unknown) => handlers.get(ev)!(arg), emitted };
}

function link(socket: unknown, fetch: typeof globalThis.fetch = vi.fn(async () => new Response('{}')), token: Array<string | null> = ['tok']) {
  const tokens = [...token];
  return createKioskServer({
    fetch, openSocket: vi.fn(() => socket as ScreenSocket), deviceToken: vi.fn(async () => tokens.shift() ?? null), sleep: vi.fn(async () => {}),
  });
}

const input = { serviceId: 'hotich', priority: null, source: 'kiosk' as const, lang: 'vi' as const };

describe('the kiosk server link', () => {
  it('before connecting, and while the socket is down, a take answers OFFLINE without emitting', async () => {
    const f = fakeSocket(() => ({ ok: true, data: {} }));
    const s = link(f.socket);
    expect(await s.takeTicket(input)).toEqual({ ok: false, error: { code: 'OFFLINE', message: 'offline' } });
    await s.connect();
    f.socket.connected = false;
    expect((await s.takeTicket(input)).ok).toBe(false);
    expect(f.emitted).toEqual([]);
  });

  it('passes the server\'s ack through, and a take the server does not answer in time gives TIMEOUT', async () => {
    const answered = fakeSocket((ev, p) => ({ ok: true, data: { ev, p } }));
    const s = link(answered.socket);
    await s.connect();
    expect(await s.takeTicket(input)).toEqual({ ok: true, data: { ev: 'ticket:take', p: input } });
    const silent = fakeSocket();
    const t = link(silent.socket);
    await t.connect();
    expect(await t.takeTicket(input)).toEqual({ ok: false, error: { code: 'TIMEOUT', message: 'no answer' } });
  });

  it('writes print outcomes, serial scans (each distinct) and catalog changes into its signals', async () => {
    const f = fakeSocket();
    const s = link(f.socket);
    await s.connect();
    f.fire('printed', { ticketId: 't1', state: 'failed' });
    expect(s.printResults.value.t1?.state).toBe('failed');
    const scan = { kind: 'unknown', message: 'a', messageEn: 'a' };
    f.fire('scan', scan);
    f.fire('scan', scan);
    expect(s.pushedScan.value).toEqual({ seq: 2, scan });
    f.fire('catalog');
    f.fire('io:reconnect');
    expect(s.catalogVersion.value).toBe(2);
    f.fire('connect_error');
    expect(s.unreachable.value).toBe(true);
    f.fire('connect');
    expect(s.unreachable.value).toBe(false);
  });

  it('booted before the server: waits for it before saying "not paired"', async () => {
    let up = false;
    const fetch = vi.fn(async () => { const ok = up; up = true; return new Response('{}', { status: ok ? 200 : 503 }); }) as unknown as typeof globalThis.fetch;
    const s = link(fakeSocket().socket, fetch, [null, null]);
    await s.connect();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(s.tokenChecked.value).toBe(true);
    expect(s.token.value).toBeNull();
  });

  it('a scan the server refuses reads "scan again"; the bearer token goes with it', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 500 }));
    const s = link(fakeSocket().socket, fetch as unknown as typeof globalThis.fetch);
    await s.connect();
    expect(await s.sendScan('x')).toEqual({ kind: 'unknown', ...SCAN_FAILED });
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toMatchObject({ authorization: 'Bearer tok' });
    expect(await s.printChecklist('1.000001')).toBe('failed');
  });
});
