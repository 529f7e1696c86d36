/**
 * Search quality as a figure: the citizen query set (config/catalog/citizen-queries.tsv, what people type at the
 * kiosk with the procedure that must come first) run through the search; top-1 and top-3 rates, per kind too.
 * An office can add its own lines to the file (or pass another) and measure again with `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { search, type SearchIndex } from './search';

/** The labelled set beside the demo catalog. */
export const CITIZEN_QUERIES = resolve(dirname(fileURLToPath(import.meta.url)), '../catalog/citizen-queries.tsv');

/** One labelled query: what was typed, the code that must come first, and its kind (plain, typo, english...). */
export interface LabelledQuery { query: string; code: string; kind: string }

/** Reads a labelled set: one `query<TAB>code<TAB>kind` per line, # for comments. */
export function readLabelledQueries(file = CITIZEN_QUERIES): LabelledQuery[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
    const [query = '', code = '', kind = 'plain'] = l.split('\t');
    return { query, code, kind };
  });
}

/** Top-1 and top-3 rates (0..1) over a labelled set, and the queries whose procedure was not in the top 3. */
export function citizenQuality(index: SearchIndex, queries = readLabelledQueries()): { n: number; top1: number; top3: number; misses: LabelledQuery[] } {
  let top1 = 0, top3 = 0;
  const misses: LabelledQuery[] = [];
  for (const q of queries) {
    const codes = search(index, q.query, 3).map((r) => r.procedure.code);
    if (codes[0] === q.code) top1++;
    if (codes.includes(q.code)) top3++;
    else misses.push(q);
  }
  const n = queries.length;
  return { n, top1: n ? top1 / n : 0, top3: n ? top3 / n : 0, misses };
}
