/** A display model on fakes: a fake socket fed the way ui-shared's connection feeds the page, fake audio, storage, vitest's fake timers. */
import { signal } from '@preact/signals';
import type { CallView, CounterView, HoursView, ReadyDossierView, Snapshot } from '@motcua/server/contract';
import type { VoiceProbe } from '../src/model/announcer';
import { createDisplayModel } from '../src/model/display';
import { connectDisplay, type DisplaySocket } from '../src/model/live';
import type { AudioLike } from '../src/model/player';

/** How long a fake call's WAV plays. */
export const PLAY_MS = 2000;

/** An open counter, holding `current` as called (or nothing). */
export function counter(n: number, current: string | null = null, status: 'called' | 'serving' = 'called'): CounterView {
  return {
    id: `q${n}`, number: n, name: `Quầy ${n}`, services: ['hotich'], status: 'open', pauseReason: null, servedToday: 0,
    current: current ? { number: current, serviceId: 'hotich', status, calledAt: 0, recalls: 0 } : null,
  };
}

/** A call of `number` at counter `n`, with its journal seq, made at `at`. */
function call(seq: number, number: string, n: number, at = 0): CallView {
  return { seq, number, counterId: `q${n}`, counterNumber: n, counterName: `Quầy ${n}`, serviceId: 'hotich', at, recall: 0 };
}

/** Office hours, open unless told otherwise. */
export function hoursOf(over: Partial<HoursView> = {}): HoursView {
  return {
    open: true, issuing: true, closedReason: null, holidayName: null, closesAt: null, stopIssuingAt: null, nextOpeningAt: null,
    nextOpeningText: null, nextOpeningTextEn: null, scheduleText: '', scheduleTextEn: '', ...over,
  } as HoursView;
}

/** A public snapshot (only what the display reads is filled in). */
export function snapshotOf(over: Partial<Snapshot> = {}): Snapshot {
  return {
    office: { name: 'UBND xã Tân Phú', timeZone: 'Asia/Ho_Chi_Minh' }, serverTime: Date.now(), day: '2026-12-02', seq: 1,
    services: [], counters: [counter(1), counter(2), counter(3)], calls: [], priorities: [], notices: [], hours: hoursOf(),
    voice: { enabled: true, repeat: 1, volume: 1, maxBacklog: 4 }, kiosk: { voiceVolume: 1 }, rating: { scale: 'three', timeoutSeconds: 30, lowReasons: [] },
    ...over,
  } as Snapshot;
}

type Handler = (payload: never) => void;

/** Fake audio: 'play' ends after PLAY_MS; 'blocked' is refused as autoplay without a gesture. */
function fakeAudio(mode: { value: 'play' | 'blocked' }, played: string[]) {
  return (src: string): AudioLike => {
    const ended: Array<() => void> = [];
    return {
      volume: 1,
      addEventListener: (type, f) => { if (type === 'ended') ended.push(f); },
      play: () => {
        if (mode.value === 'blocked') return Promise.reject(Object.assign(new Error('no gesture'), { name: 'NotAllowedError' }));
        played.push(src);
        setTimeout(() => { for (const f of ended) f(); }, PLAY_MS);
        return Promise.resolve();
      },
    };
  };
}

/** A wall (or counter-mode) model on fakes, connected to a fake socket; `storage` carries over a "reload". */
export function fakeDisplay(opts: { path?: string; storage?: Map<string, string>; audio?: 'play' | 'blocked' } = {}) {
  const snapshot = signal<Snapshot | null>(null);
  const clockSkew = signal(0);
  const store = opts.storage ?? new Map<string, string>();
  const audioMode = { value: opts.audio ?? 'play' };
  const played: string[] = [];
  const probe: VoiceProbe = {};
  const model = createDisplayModel({
    path: opts.path ?? '/display', now: () => Date.now(), perfNow: () => Date.now(),
    timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (id) => clearTimeout(id as never), setInterval: (f, ms) => setInterval(f, ms) },
    snapshot, clockSkew, connected: signal(true), everConnected: signal(true), refused: signal(false),
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => { store.set(k, v); } },
    createAudio: fakeAudio(audioMode, played), probe,
  });
  const handlers = new Map<string, Handler[]>();
  const socket = { on: (ev: string, f: Handler) => { handlers.set(ev, [...(handlers.get(ev) ?? []), f]); } } as unknown as DisplaySocket;
  const fire = (ev: string, payload: unknown) => { for (const f of handlers.get(ev) ?? []) f(payload as never); };
  connectDisplay(model, socket, model.counterId === null);

  // What ui-shared/src/connection.ts does to the live snapshot before the display's own listeners run.
  const push = {
    snapshot(s: Snapshot) { snapshot.value = s; clockSkew.value = s.serverTime - Date.now(); fire('snapshot', s); },
    call(c: CallView) {
      const s = snapshot.value;
      if (s && !s.calls.some((x) => x.seq === c.seq)) snapshot.value = { ...s, calls: [c, ...s.calls].slice(0, 20) };
      fire('call', c);
    },
    counter(c: CounterView) {
      const s = snapshot.value;
      if (s) snapshot.value = { ...s, counters: s.counters.map((x) => (x.id === c.id ? c : x)) };
      fire('counter', c);
    },
    hours(h: HoursView) { const s = snapshot.value; if (s) snapshot.value = { ...s, hours: h }; fire('hours', h); },
    ready(list: ReadyDossierView[]) { fire('ready', list); },
  };
  /** A ticket called at counter n: the 'call' then the counter's delta, as the server sends them. */
  const callAt = (seq: number, number: string, n: number) => { push.call(call(seq, number, n, Date.now())); push.counter(counter(n, number)); };
  return { model, push, callAt, snapshot, clockSkew, store, audioMode, played, probe, announced: () => (probe.__announced ?? []).map((a) => a.number) };
}
