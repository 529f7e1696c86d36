/** The staff screens' models, made from their dependencies: main.tsx passes the browser's, unit tests pass fakes. */
import { modelContext } from '../../../ui-shared/src/model-context';
import type { ReadonlySignal } from '@preact/signals';
import type { Snapshot } from '@motcua/server/contract';
import { createSession, type SessionDeps } from './session';
import { createClock } from './clock';
import { createCounter } from './counter';
import { createRating, type RatingDeps } from './rating';
import { createAdmin } from './admin';
import { createCatalogEditor } from './catalog';
import { createCatalogIo } from './catalog-io';
import { createDossierImport } from './dossier-import';

/** Everything the staff screens read from outside: the address, the clock, the tab's storage, fetch, sockets, the live snapshot. */
export interface StaffDeps extends SessionDeps {
  params: URLSearchParams;
  path: string;
  /** Replaces the address without a reload (the counter chosen, the admin tab). */
  replaceUrl(url: string): void;
  /** The page's full address (the counter is kept in its query). */
  href(): string;
  now(): number;
  skew: ReadonlySignal<number>;
  timers: RatingDeps['timers'];
  connected: ReadonlySignal<boolean>;
  snapshot: ReadonlySignal<Snapshot | null>;
  deviceToken: RatingDeps['deviceToken'];
}

/** Makes the staff screens' models wired to each other (a page uses the ones of its screen). */
export function createStaffModel(deps: StaffDeps) {
  const { connected, snapshot } = deps;
  const session = createSession(deps);
  const clock = createClock(deps);
  const counter = createCounter({
    counterId: deps.params.get('counter'), snapshot, now: clock.now, session,
    rememberCounter: (id) => { const url = new URL(deps.href()); url.searchParams.set('counter', id); deps.replaceUrl(url.toString()); },
  });
  const rating = createRating({ snapshot, deviceToken: deps.deviceToken, api: session.api, openSocket: deps.openSocket, timers: deps.timers });
  const admin = createAdmin({ path: deps.path, replacePath: deps.replaceUrl, session });
  const catalog = createCatalogEditor(admin, session);
  const catalogIo = createCatalogIo(session, catalog);
  const dossiers = createDossierImport(session);
  const dispose = () => { session.dispose(); clock.stop(); };
  return { connected, snapshot, session, clock, counter, rating, admin, catalog, catalogIo, dossiers, dispose };
}

type StaffModel = ReturnType<typeof createStaffModel>;

const staffContext = modelContext<StaffModel>('Staff');
/** The staff model for the components (the screen is rendered inside its provider). */
export const StaffContext = staffContext.Context;
/** The staff model of the page, for a component. */
export const useStaff = staffContext.use;
