/** A kiosk model on fakes: a fake server (acks and scans chosen by the test), a snapshot signal, vitest's fake timers. */
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import { resolve } from 'node:path';
import type { Ack, KioskScanView, PrintResultView, ServiceView, Snapshot, TakeTicketInput, TicketView } from '@motcua/server/contract';
import { loadCatalog } from '../../config/src/catalog';
import type { Lang } from '../src/i18n';
import { createKioskModel, type KioskDeps } from '../src/model/kiosk';
import type { KioskServer } from '../src/socket';

/** The demo commune's catalog (the real one the kiosk shows). */
export const CATALOG = loadCatalog(resolve(import.meta.dirname, '../../config/catalog'));

/** A service as the snapshot lists it. */
function service(id: string, over: Partial<ServiceView> = {}): ServiceView {
  return { id, name: `Lĩnh vực ${id}`, enabled: true, waiting: 2, estimatedWaitMinutes: 10, mayNotBeCalledToday: false, openCounters: 1, issuing: true, ...over };
}

/** A snapshot with the services of the demo catalog and office hours open (only what the kiosk reads is filled in). */
export function snapshotOf(over: Partial<Snapshot> = {}): Snapshot {
  const ids = [...new Set(CATALOG.procedures.map((p) => p.serviceId))];
  return {
    office: { name: 'UBND xã', timeZone: 'Asia/Ho_Chi_Minh' }, serverTime: 0, day: '2026-12-02', seq: 1,
    services: ids.map((id) => service(id)), counters: [], calls: [], priorities: [{ id: 'elderly', name: 'Người cao tuổi' }], notices: [],
    hours: { open: true, issuing: true, closedReason: null, holidayName: null, closesAt: null, stopIssuingAt: null, nextOpeningAt: null },
    voice: { enabled: true, repeat: 1, volume: 1 }, kiosk: { voiceVolume: 1 }, rating: { scale: 'three', timeoutSeconds: 30, lowReasons: [] },
    ...over,
  } as unknown as Snapshot;
}

/** A ticket the fake server issues. */
function ticketFor(input: TakeTicketInput, id = 't1'): TicketView {
  return {
    id, number: 'A001', serviceId: input.serviceId, serviceName: 'Hộ tịch', priority: input.priority ?? null, priorityName: null,
    issuedAt: 0, day: '2026-12-02', status: 'waiting', ahead: 3, estimatedWaitMinutes: 12, mayNotBeCalledToday: false, counter: null, calledAt: null, url: 'http://x/t/t1',
  } as TicketView;
}

/** The fake server: its answers are vi.fn()s the tests set; the signals are the test's to write. */
function fakeServer() {
  const take = vi.fn(async (input: TakeTicketInput): Promise<Ack<TicketView>> => ({ ok: true, data: ticketFor(input) }));
  const scans = vi.fn(async (_line: string): Promise<KioskScanView> => ({ kind: 'unknown', message: 'x', messageEn: 'x' }));
  const catalogFetch = vi.fn(async () => structuredClone(CATALOG));
  return {
    token: signal<string | null>('kiosk-token'), tokenChecked: signal(true), unreachable: signal(false),
    printResults: signal<Record<string, PrintResultView>>({}),
    pushedScan: signal<{ seq: number; scan: KioskScanView } | null>(null),
    catalogVersion: signal(0),
    takeTicket: take,
    dropPrint: vi.fn((_id: string) => {}),
    sendScan: scans,
    getJson: catalogFetch as unknown as KioskServer['getJson'] & typeof catalogFetch,
    printChecklist: vi.fn(async (_code: string): Promise<'printed' | 'failed'> => 'printed'),
    fetchVoice: vi.fn(async (_path: string) => new Response('', { status: 503 })),
  };
}

/** A kiosk model on fakes; `idle` is the `?idle=` of the address, `path` the page's path. */
export function fakeKiosk(opts: { idle?: number; path?: string; snapshot?: Snapshot | null; audio?: KioskDeps['audio'] } = {}) {
  const server = fakeServer();
  const connected = signal(true);
  const snapshot = signal<Snapshot | null>(opts.snapshot === undefined ? snapshotOf() : opts.snapshot);
  const lang = signal<Lang>('vi');
  const scrollTo = vi.fn();
  const timers = { setInterval: (f: () => void, ms: number) => setInterval(f, ms), clearInterval: (id: unknown) => clearInterval(id as never), setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) };
  const model = createKioskModel({
    params: new URLSearchParams(opts.idle ? `idle=${opts.idle}` : ''), path: opts.path ?? '/kiosk', now: () => Date.now(), scrollTo, timers,
    connected, snapshot, lang, server,
    audio: opts.audio ?? { createAudio: () => { throw new Error('no audio in this test'); }, createObjectURL: () => 'blob:x', revokeObjectURL: () => {} },
  });
  return { model, server, connected, snapshot, lang, scrollTo, timers };
}
