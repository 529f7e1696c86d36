/**
 * The kiosk search measured three ways in one run: the ranked search (config/src/search.ts), the search it replaced
 * (search-previous.ts) and minisearch set up as well as we could for Vietnamese (folded terms, fields boosted like
 * ours, prefix on the word being typed, one typo): top-1/top-3 on the citizen query set, and time per keystroke
 * over a 2,000-procedure catalog, the engines taking turns so each sees the same machine.
 */
import MiniSearch from 'minisearch';
import { loadCatalog, type Catalog, type Procedure } from '../config/src/catalog';
import { foldWords } from '../config/src/fold';
import { generateProvinceCatalog } from '../config/src/generate-catalog';
import { createSearchIndex, search } from '../config/src/search';
import { readLabelledQueries } from '../config/src/search-quality';
import * as previous from './search-previous';
import { CATALOG_DIR } from './search-catalog';

type Engine = { name: string; build: (c: Catalog) => (q: string, limit: number) => string[] };

const key = (w: string) => w.replace(/^([^aeiouy]*)y$/, '$1i');
const words = (t: string) => foldWords(t).map(key);

/** The engines compared: each builds an index and answers with procedure codes, best first. */
export const ENGINES: Engine[] = [
  { name: 'ranked (new)', build: (c) => { const i = createSearchIndex(c.procedures, c.fields, c.everydayWords); return (q, l) => search(i, q, l).map((r) => r.procedure.code); } },
  { name: 'previous', build: (c) => { const i = previous.createSearchIndex(c.procedures, c.fields); return (q, l) => previous.search(i, q, l).map((r) => r.procedure.code); } },
  { name: 'minisearch 7', build: (c) => miniSearch(c) },
];

function miniSearch(c: Catalog): (q: string, limit: number) => string[] {
  const field = new Map(c.fields.map((f) => [f.id, f.name]));
  const everyday = (p: Procedure) => Object.values(c.everydayWords?.[p.field] ?? {}).flat().join(' ');
  const ms = new MiniSearch<Procedure & { id: string }>({
    fields: ['name', 'keys', 'docs'],
    extractField: (p, f) => (f === 'id' ? p.code : f === 'name' ? p.name : f === 'keys'
      ? [...p.keywords, field.get(p.field) ?? '', p.nameEn ?? '', everyday(p)].join(' ') : [p.result, ...p.documents.map((d) => d.name)].join(' ')),
    tokenize: (t) => words(t),
    processTerm: (t) => t,
    searchOptions: { boost: { name: 3, keys: 2, docs: 0.5 }, combineWith: 'OR' },
  });
  ms.addAll(c.procedures.map((p) => ({ ...p, id: p.code })));
  return (q, limit) => {
    const typing = !/\s$/.test(q);
    return ms.search(q, { prefix: (_t, i, all) => typing && i === all.length - 1, fuzzy: (t) => (t.length >= 4 ? 1 : false) })
      .slice(0, limit).map((r) => String(r.id));
  };
}

/** Top-1 and top-3 of each engine on the citizen query set over the commune catalog. */
export function searchQuality(): Array<{ name: string; n: number; top1: number; top3: number }> {
  const catalog = loadCatalog(CATALOG_DIR);
  const queries = readLabelledQueries();
  return ENGINES.map((e) => {
    const find = e.build(catalog);
    let top1 = 0, top3 = 0;
    for (const q of queries) {
      const codes = find(q.query, 3);
      if (codes[0] === q.code) top1++;
      if (codes.includes(q.code)) top3++;
    }
    return { name: e.name, n: queries.length, top1: top1 / queries.length, top3: top3 / queries.length };
  });
}

const TYPED = ['dang ky ket hon', 'chung thuc ban sao', 'xac nhan tinh trang hon nhan', 'giay phep xay dung', 'ho kinh doanh', 'cap lai giay chung nhan',
  'tro cap xa hoi', 'dang ki thuong tru', 'lam giay khai tu', 'giay phep lai xe', 'ket hom', 'khai sinh co yeu to nuoc ngoai', 'lay vo nuoc ngoai'];

/** Time per keystroke (ms) of each engine over a province-size catalog, queries typed letter by letter, engines in turn. */
export function searchSpeed(procedures = 2000, rounds = 5): Array<{ name: string; p50: number; p99: number; samples: number }> {
  // The province catalog's fields include the commune's, so the commune's everyday words apply to them.
  const catalog = { ...generateProvinceCatalog(procedures), everydayWords: loadCatalog(CATALOG_DIR).everydayWords };
  const finds = ENGINES.map((e) => e.build(catalog));
  const times = ENGINES.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round++) {
    for (const q of TYPED) for (let i = 1; i <= q.length; i++) {
      finds.forEach((find, k) => {
        const start = performance.now();
        find(q.slice(0, i), 30);
        if (round > 0) times[k]!.push(performance.now() - start); // round 0 warms the JIT up
      });
    }
  }
  return ENGINES.map((e, k) => {
    const t = times[k]!.sort((a, b) => a - b);
    const at = (p: number) => Math.round(t[Math.min(t.length - 1, Math.ceil((p / 100) * t.length) - 1)]! * 100) / 100;
    return { name: e.name, p50: at(50), p99: at(99), samples: t.length };
  });
}
