/** The whole wall display model, made from its dependencies: main.tsx passes the browser's, unit tests pass fakes. */
import { modelContext } from '../../../ui-shared/src/model-context';
import type { ReadonlySignal } from '@preact/signals';
import type { Snapshot } from '@motcua/server/contract';
import { createClock } from './clock';
import { createHours } from './hours';
import { createPlayer, type AudioLike } from './player';
import { createVoiceQueue, type VoiceProbe } from './announcer';
import { createWall } from './wall';

/** The timers the display's models use (the page's, or vitest's fake ones). */
interface DisplayTimers {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  setInterval(f: () => void, ms: number): unknown;
}

/** Everything the display's models read from outside: the address, the clocks, timers, the connection's signals, storage, audio. */
export interface DisplayDeps {
  /** The page's path: /display (the wall) or /display/counter/<counterId> (counter mode). */
  path: string;
  now(): number;
  /** A monotonic clock (performance.now()) for the voice's timings. */
  perfNow(): number;
  timers: DisplayTimers;
  snapshot: ReadonlySignal<Snapshot | null>;
  /** Server time minus this browser's time (ui-shared/src/connection.ts). */
  clockSkew: ReadonlySignal<number>;
  connected: ReadonlySignal<boolean>;
  everConnected: ReadonlySignal<boolean>;
  refused: ReadonlySignal<boolean>;
  /** Where the last announced seq survives a reload (localStorage). */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  createAudio(src: string): AudioLike;
  /** Where the voice queue reports for the browser tests (the page's window). */
  probe: VoiceProbe;
}

/** The counter of a counter-mode address (/display/counter/<counterId>), or null on the wall. */
function counterIdOf(path: string): string | null {
  const id = /^\/display\/counter\/([^/]+)/.exec(path)?.[1];
  return id ? decodeURIComponent(id) : null;
}

/** Makes the display's models wired to each other; dispose() stops their effects (tests). */
export function createDisplayModel(deps: DisplayDeps) {
  const { snapshot, timers } = deps;
  const hours = createHours();
  const player = createPlayer({ createAudio: deps.createAudio, setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
  const voice = createVoiceQueue({
    snapshot, storage: deps.storage, now: deps.now, perfNow: deps.perfNow, setTimeout: timers.setTimeout, player, probe: deps.probe,
  });
  const wall = createWall({ snapshot, announcing: voice.announcing, closedNotice: hours.closedNotice });
  const clock = createClock({ now: deps.now, clockSkew: deps.clockSkew, snapshot, setInterval: timers.setInterval });
  const connection = { connected: deps.connected, everConnected: deps.everConnected, refused: deps.refused };
  return { counterId: counterIdOf(deps.path), snapshot, connection, hours, player, voice, wall, clock, dispose: voice.dispose };
}

export type DisplayModel = ReturnType<typeof createDisplayModel>;

const displayContext = modelContext<DisplayModel>('Display');
/** The display model for the components (the screen is rendered inside its provider). */
export const DisplayContext = displayContext.Context;
/** The display model of the page, for a component. */
export const useDisplay = displayContext.use;
