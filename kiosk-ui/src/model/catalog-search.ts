/** The catalog as the kiosk reads it (the config package's types) and the shared Vietnamese search. */
import { createSearchIndex, search, type SearchIndex } from '../../../config/src/search';
import type { Catalog, Procedure } from '@motcua/server/contract';

export type { Catalog, Procedure, ProcedureDocument } from '@motcua/server/contract';
export type Index = SearchIndex;

/** Prepares the catalog for searching (field names and the everyday words count as keywords). */
export function buildIndex(c: Catalog): Index {
  return createSearchIndex(c.procedures, c.fields, c.everydayWords);
}

/** Procedures matching what was typed on the on-screen keyboard, best first. */
export function rank(index: Index, query: string): Procedure[] {
  return search(index, query, 30).map((r) => r.procedure);
}
