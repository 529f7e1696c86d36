/** The whole kiosk model, made from its dependencies: main.tsx passes the browser's, unit tests pass fakes. */
import { modelContext } from '../../../ui-shared/src/model-context';
import type { ReadonlySignal } from '@preact/signals';
import type { Snapshot } from '@motcua/server/contract';
import type { Lang } from '../i18n';
import type { KioskServer } from '../socket';
import { createNavigation, type Timers } from './app';
import { createHours } from './hours';
import { createTicket } from './ticket';
import { createLookup } from './lookup';
import { createScan } from './scan';
import { createChecklist } from './checklist';
import { createSpeech, type SpeechDeps } from './speech';

/** Everything the kiosk's models read from outside: the address, the clock, the page, the server and its live snapshot. */
export interface KioskDeps {
  /** The page address's query (`?idle=`). */
  params: URLSearchParams;
  /** The page's path (a /kiosk/thu-tuc/<code> link opens that procedure). */
  path: string;
  now(): number;
  scrollTo(x: number, y: number): void;
  timers: Timers;
  connected: ReadonlySignal<boolean>;
  snapshot: ReadonlySignal<Snapshot | null>;
  lang: ReadonlySignal<Lang>;
  server: KioskServer;
  audio: Pick<SpeechDeps, 'createAudio' | 'createObjectURL' | 'revokeObjectURL'>;
}

/** Makes the kiosk's models wired to each other; dispose() stops their effects (tests). */
export function createKioskModel(deps: KioskDeps) {
  const { connected, snapshot, lang, server } = deps;
  const nav = createNavigation(deps);
  const hours = createHours(snapshot, nav);
  const ticket = createTicket({ connected, snapshot, server, lang, nav, hours });
  const lookup = createLookup({ server, nav, path: deps.path, timers: deps.timers });
  const scan = createScan({ server, nav, ticket, lookup });
  const checklist = createChecklist(server, nav);
  const speech = createSpeech({ server, nav, volume: () => snapshot.value?.kiosk?.voiceVolume ?? 1, ...deps.audio });
  const dispose = () => { for (const m of [ticket, lookup, scan, checklist, speech]) m.dispose(); };
  return { connected, snapshot, lang, server, nav, hours, ticket, lookup, scan, checklist, speech, dispose };
}

export type KioskModel = ReturnType<typeof createKioskModel>;

const kioskContext = modelContext<KioskModel>('Kiosk');
/** The kiosk model for the components (the screen is rendered inside its provider). */
export const KioskContext = kioskContext.Context;
/** The kiosk model of the page, for a component. */
export const useKiosk = kioskContext.use;
