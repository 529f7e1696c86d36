/** Staff models on fakes: a fake socket (acks chosen by the test), fake fetch and storage, a snapshot signal, vitest's timers. */
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import type { CounterView, Snapshot, WaitingTicketView } from '@motcua/server/contract';
import type { ScreenSocket } from '../../ui-shared/src/connection';
import { createStaffModel } from '../src/model/staff';

/** A socket.io client stand-in: `answer` gives the ack of each emit (none: the emit times out); the test fires server events. */
export function fakeSocket() {
  const handlers = new Map<string, (arg: unknown) => void>();
  const emitted: Array<[string, unknown]> = [];
  const state = { answer: ((_ev: string, _p: unknown): unknown => ({ ok: true, data: { ticket: null, counter: null } })) as ((ev: string, p: unknown) => unknown) | null };
  const socket = {
    connected: true,
    disconnect: vi.fn(() => { socket.connected = false; }),
    on: (ev: string, fn: (arg: unknown) => void) => { handlers.set(ev, fn); return socket; },
    timeout: (_ms: number) => ({
      emit: (ev: string, payload: unknown, cb: (err: Error | null, ack?: unknown) => void) => {
        emitted.push([ev, payload]);
        const answer = state.answer;
        if (answer) queueMicrotask(() => cb(null, answer(ev, payload))); else queueMicrotask(() => cb(new Error('operation has timed out')));
      },
    }),
  };
  return { socket: socket as unknown as ScreenSocket, raw: socket, state, emitted, fire: (ev: string, arg?: unknown) => handlers.get(ev)!(arg) };
}

/** sessionStorage's stand-in. */
export function memoryStorage(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), map: m };
}

/** A counter as the staff snapshot lists it. */
export function counterView(over: Partial<CounterView> = {}): CounterView {
  return { id: 'q1', number: 1, name: 'Hộ tịch', services: ['hotich'], status: 'open', pauseReason: null, current: null, servedToday: 0, staff: { username: 'canbo1', name: 'Cán bộ 1' }, ...over };
}

/** A waiting ticket. */
export function waiting(id: string, serviceId = 'hotich', priority: string | null = null): WaitingTicketView {
  return { id, number: id.toUpperCase(), serviceId, priority, issuedAt: 0 } as WaitingTicketView;
}

/** A staff snapshot with counters q1 (hộ tịch) and q2 (chứng thực). */
export function staffSnapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    office: { name: 'UBND xã', publicUrl: 'http://x', timeZone: 'Asia/Ho_Chi_Minh' }, serverTime: 0, day: '2026-12-02', seq: 1,
    services: [{ id: 'hotich', name: 'Hộ tịch' }, { id: 'chungthuc', name: 'Chứng thực' }],
    counters: [counterView(), counterView({ id: 'q2', number: 2, name: 'Chứng thực', services: ['chungthuc'], staff: null })],
    calls: [], priorities: [{ id: 'elderly', name: 'Người cao tuổi' }], notices: [],
    rating: { scale: 'three', timeoutSeconds: 30, lowReasons: ['Chờ lâu', 'Thái độ'] },
    waiting: [], queues: { callOrders: { q1: [], q2: [] }, noShows: [] },
    ...over,
  } as unknown as Snapshot;
}

type FetchAnswer = (path: string, init?: RequestInit) => Response | Promise<Response>;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
export { json };

/** The staff models on fakes; `session` signs a staff member in already (kept in the tab's storage). */
export function fakeStaff(opts: { counter?: string; path?: string; session?: boolean; snapshot?: Snapshot | null; fetch?: FetchAnswer; deviceToken?: string | null } = {}) {
  const sock = fakeSocket();
  const storage = memoryStorage(opts.session === false ? {} : { 'motcua.staff.session': JSON.stringify({ token: 'sess-1', user: { username: 'canbo1', name: 'Cán bộ 1', role: 'staff' } }) });
  const fetch = vi.fn(async (path: string, init?: RequestInit) => (opts.fetch ? opts.fetch(path, init) : json(404, { error: { code: 'NOT_FOUND', message: 'no' } })));
  const refused = signal(false);
  const snapshot = signal<Snapshot | null>(opts.snapshot === undefined ? staffSnapshot() : opts.snapshot);
  const replaceUrl = vi.fn((_url: string) => {});
  const openSocket = vi.fn((_token: string | null) => sock.socket);
  const model = createStaffModel({
    params: new URLSearchParams(opts.counter ? `counter=${opts.counter}` : ''), path: opts.path ?? '/counter', href: () => 'http://office/counter?x=1', replaceUrl,
    now: () => Date.now(), skew: signal(0),
    timers: { setInterval: (f: () => void, ms: number) => setInterval(f, ms), clearInterval: (id: unknown) => clearInterval(id as never) },
    storage, fetch: fetch as unknown as typeof globalThis.fetch, openSocket, refused, connected: signal(true), snapshot,
    deviceToken: vi.fn(async () => (opts.deviceToken === undefined ? 'dev-q1' : opts.deviceToken)),
  });
  return { model, sock, storage, fetch, refused, snapshot, replaceUrl, openSocket };
}

/** The JSON body a fetch call sent. */
export const sentBody = (call: unknown[]) => JSON.parse(String((call[1] as RequestInit).body));
