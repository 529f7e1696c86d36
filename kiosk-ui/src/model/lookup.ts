/** Looking up procedures: the catalog, the field being browsed, the on-screen query and its ranked results. */
import { computed, effect, signal } from '@preact/signals';
import { catalogVersion, getJson } from '../socket';
import { go, onGoHome } from './app';
import { buildIndex, rank, type Catalog, type Procedure, type Index } from './catalog-search';

export type { Procedure } from './catalog-search';

export const catalog = signal<Catalog | null>(null);
export const catalogFailed = signal(false);
export const field = signal<string | null>(null);
export const query = signal('');
export const selected = signal<Procedure | null>(null);

let index: Index | null = null;

onGoHome(() => { field.value = null; query.value = ''; selected.value = null; });

/** Loads the catalog once (retrying while the server is unreachable). */
export async function loadCatalog(): Promise<void> {
  try {
    const c = await getJson<Catalog>('/api/catalog');
    index = buildIndex(c);
    catalog.value = c;
    // After an admin edit, an open procedure page shows the new version of that procedure.
    const open = selected.value;
    if (open) selected.value = c.procedures.find((p) => p.code === open.code) ?? open;
    catalogFailed.value = false;
    openLinkedProcedure(c);
  } catch {
    catalogFailed.value = true;
    setTimeout(() => void loadCatalog(), 3000);
  }
}

/** Opens the procedure a link names (/kiosk/thu-tuc/<code>, the QR on a printed checklist), once. */
function openLinkedProcedure(c: Catalog): void {
  const m = /\/kiosk\/thu-tuc\/([^/?#]+)/.exec(location.pathname);
  const p = m ? c.procedures.find((x) => x.code === decodeURIComponent(m[1]!)) : undefined;
  if (p) openProcedure(p);
}

// An admin edited the catalog (the server's 'catalog' event) or the socket reconnected: fetch it again, no reload.
effect(() => { if (catalogVersion.value > 0) void loadCatalog(); });

/** Procedures to list: ranked search results when there is a query, else the chosen field's (or all). */
export const results = computed<Procedure[]>(() => {
  const c = catalog.value;
  if (!c || !index) return [];
  const q = query.value.trim();
  const inField = (p: Procedure) => !field.value || p.field === field.value;
  if (q) return rank(index, query.value).filter(inField);
  return c.procedures.filter(inField);
});

/** The longest query kept (the box and the keys stop there). */
export const MAX_QUERY = 60;

/** Types a key from the on-screen keyboard (or a physical one). */
export function typeKey(k: string): void {
  if (query.value.length < MAX_QUERY) query.value += k;
}

/** Sets the whole query (the search box typed into with a physical keyboard). */
export function setQuery(text: string): void {
  query.value = text.slice(0, MAX_QUERY);
}

/** A keyboard-mode scanner typed this line into the box before it was seen as a scan: take it out again. */
export function unTypeScan(line: string): void {
  if (line && query.value.endsWith(line)) query.value = query.value.slice(0, -line.length);
}

/** Erases the last letter. */
export function backspace(): void {
  query.value = query.value.slice(0, -1);
}

/** Clears the query. */
export function clearQuery(): void {
  query.value = '';
}

/** Browses one field (or all when null). */
export function chooseField(id: string | null): void {
  field.value = field.value === id ? null : id;
}

/** Opens a procedure's page. */
export function openProcedure(p: Procedure): void {
  selected.value = p;
  go('procedure');
}

/** Opens the look-up screen. */
export function openLookup(): void {
  selected.value = null;
  go('lookup');
}
