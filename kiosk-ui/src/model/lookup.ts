/** Looking up procedures: the catalog, the field being browsed, the on-screen query and its ranked results. */
import { computed, effect, signal } from '@preact/signals';
import type { KioskServer } from '../socket';
import type { Navigation, Timers } from './app';
import { buildIndex, rank, type Catalog, type Procedure, type Index } from './catalog-search';

export type { Procedure } from './catalog-search';

/** The longest query kept (the box and the keys stop there). */
export const MAX_QUERY = 60;

/** What the look-up needs: the server's catalog, navigation, the page's path (a /kiosk/thu-tuc/<code> link), timers for retries. */
export interface LookupDeps {
  server: Pick<KioskServer, 'getJson' | 'catalogVersion'>;
  nav: Navigation;
  path: string;
  timers: Pick<Timers, 'setTimeout'>;
}

/** The look-up model; dispose() stops refetching on catalog changes. */
export function createLookup({ server, nav, path, timers }: LookupDeps) {
  const catalog = signal<Catalog | null>(null);
  const catalogFailed = signal(false);
  const field = signal<string | null>(null);
  const query = signal('');
  const selected = signal<Procedure | null>(null);
  const index = signal<Index | null>(null);

  nav.onGoHome(() => { field.value = null; query.value = ''; selected.value = null; });

  /** Loads the catalog (retrying while the server is unreachable). */
  async function loadCatalog(): Promise<void> {
    try {
      const c = await server.getJson<Catalog>('/api/catalog');
      index.value = buildIndex(c);
      catalog.value = c;
      // After an admin edit, an open procedure page shows the new version of that procedure.
      const open = selected.value;
      if (open) selected.value = c.procedures.find((p) => p.code === open.code) ?? open;
      catalogFailed.value = false;
      openLinkedProcedure(c);
    } catch {
      catalogFailed.value = true;
      timers.setTimeout(() => void loadCatalog(), 3000);
    }
  }

  /** Opens the procedure a link names (/kiosk/thu-tuc/<code>, the QR on a printed checklist). */
  function openLinkedProcedure(c: Catalog): void {
    const m = /\/kiosk\/thu-tuc\/([^/?#]+)/.exec(path);
    const p = m ? c.procedures.find((x) => x.code === decodeURIComponent(m[1]!)) : undefined;
    if (p) openProcedure(p);
  }

  // An admin edited the catalog (the server's 'catalog' event) or the socket reconnected: fetch it again, no reload.
  const dispose = effect(() => { if (server.catalogVersion.value > 0) void loadCatalog(); });

  /** Procedures to list: ranked search results when there is a query, else the chosen field's (or all). */
  const results = computed<Procedure[]>(() => {
    const c = catalog.value;
    const i = index.value;
    if (!c || !i) return [];
    const q = query.value.trim();
    const inField = (p: Procedure) => !field.value || p.field === field.value;
    if (q) return rank(i, query.value).filter(inField);
    return c.procedures.filter(inField);
  });

  /** Types a key from the on-screen keyboard (or a physical one). */
  function typeKey(k: string): void {
    if (query.value.length < MAX_QUERY) query.value += k;
  }
  /** Sets the whole query (the search box typed into with a physical keyboard). */
  function setQuery(text: string): void {
    query.value = text.slice(0, MAX_QUERY);
  }
  /** A keyboard-mode scanner typed this line into the box before it was seen as a scan: take it out again. */
  function unTypeScan(line: string): void {
    if (line && query.value.endsWith(line)) query.value = query.value.slice(0, -line.length);
  }
  /** Puts a tone mark (a combining character) on the last letter typed, replacing the one it had. */
  function addTone(mark: string): void {
    const q = query.value;
    const last = q.slice(-1);
    if (!/[a-zăâêôơưy]/i.test(last.normalize('NFD').charAt(0))) return;
    const base = last.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    setQuery(q.slice(0, -1) + (base + mark).normalize('NFC'));
  }
  /** Erases the last letter. */
  function backspace(): void {
    query.value = query.value.slice(0, -1);
  }
  /** Clears the query. */
  function clearQuery(): void {
    query.value = '';
  }
  /** Browses one field (or all when null). */
  function chooseField(id: string | null): void {
    field.value = field.value === id ? null : id;
  }
  /** Opens a procedure's page. */
  function openProcedure(p: Procedure): void {
    selected.value = p;
    nav.go('procedure');
  }
  /** Opens the look-up screen. */
  function openLookup(): void {
    selected.value = null;
    nav.go('lookup');
  }

  return { catalog, catalogFailed, field, query, selected, results, loadCatalog, typeKey, setQuery, addTone, unTypeScan, backspace, clearQuery, chooseField, openProcedure, openLookup, dispose };
}

export type LookupModel = ReturnType<typeof createLookup>;
