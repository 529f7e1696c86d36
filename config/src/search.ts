/**
 * Ranked Vietnamese search for the kiosk, typed without diacritics, letter by letter, with a typo. Hand-written
 * rather than minisearch: measured on the citizen query set (bench/search-quality.ts), BM25 over syllables put
 * "Đăng ký khai sinh kết hợp ..." above "Đăng ký kết hôn" for "dang ky ket hon cho con trai"; this ranks by the
 * syllable pairs of the name as well, at a fraction of the time per keystroke. Browser-safe: no node imports.
 *
 * Every word of the query adds to a procedure's score, weighted by how rare it is in the catalog (idf), by where
 * it matched (name > keywords, field, English name, everyday words > documents) and how (exact > prefix of the
 * word being typed > one typo). A word the catalog lacks matches nothing and lowers every score alike, so it
 * never excludes a procedure. Two query words that follow each other in the name or in a keyword add a phrase
 * bonus, so "ket hon" outranks a name with "kết hợp ... con". The everyday words citizens say for the official
 * terms of each field (config/catalog/everyday-words.json) are indexed as keywords of the procedures they name.
 */
import type { Field, Procedure } from './catalog';
import { foldWords } from './fold';

export interface SearchResult { procedure: Procedure; score: number }
import type { EverydayWords } from './everyday-words';
export type { EverydayWords };
/** A procedure as the index keeps it: its name's term ids, its keyword phrases' term ids, its folded keywords, code digits. */
export interface SearchDoc { procedure: Procedure; name: Int32Array; phrases: Int32Array[]; length: number; keywords: Set<string>; code: string }
/** A prepared catalog: folded terms, their postings (with the zone of each) and their one-deletion neighbourhood. */
export interface SearchIndex {
  docs: SearchDoc[];
  terms: string[];
  termIds: Map<string, number>;
  postings: Int32Array[];
  /** Per posting, where the term occurs in that procedure: 4 name, 2 keywords/field/English/everyday, 1 documents. */
  zones: Uint8Array[];
  deletions: Map<string, number[]>;
}

const NAME = 4, KEYWORD = 2, DOCUMENT = 1;
// Words put around a request ("làm giấy khai tử", "thủ tục ... ở đâu", "how do I ..."): they count a little.
const FILLER = new Set(['lam', 'xin', 'cho', 'toi', 'em', 'minh', 'muon', 'can', 'thu', 'tuc', 'o', 'dau', 'gi', 'nhu', 'the', 'nao',
  'nhung', 've', 'a', 'voi', 'hoi', 'cua', 'giay', 'to', 'co', 'khong', 'phai', 'roi', 'nay', 'la', 'va', 'bi', 'duoc', 'an', 'my',
  'for', 'of', 'to', 'i', 'how', 'do', 'need', 'want', 'get', 'is', 'in', 'me', 'please', 'and']);
// Abbreviations people type on kiosks and phones.
const ABBREVIATIONS: Record<string, string> = {
  dk: 'dang ky', dky: 'dang ky', gcn: 'giay chung nhan', gpxd: 'giay phep xay dung', hkd: 'ho kinh doanh', qsdd: 'quyen su dung dat',
  btxh: 'bao tro xa hoi', ncc: 'nguoi co cong', tthn: 'tinh trang hon nhan', hk: 'ho khau', clb: 'cau lac bo', cccd: 'can cuoc',
};
const ZONE_WEIGHT = [0, 0.3, 0.8, 0.8, 1, 1, 1, 1]; // by the zone bits: name > keywords > documents
// By quality: 1 typo, 2 prefix, 3 exact, 4 prefix of a word that is itself in the catalog ("hoa" typed, "hoạt" found).
const QUALITY_WEIGHT = [0, 0.55, 0.85, 1, 0.45];

// i and y are interchangeable as a syllable's only vowel (kí/ký, lí/lý, sĩ/sỹ): indexed and searched as i. Not
// elsewhere: "lấy" (lay) and "lại" (lai) are different words.
const key = (word: string) => word.replace(/^([^aeiouy]*)y$/, '$1i');
const keys = (text: string) => foldWords(text).map(key);

/** Prepares procedures for searching: field names and the field's everyday words count as keywords. */
export function createSearchIndex(procedures: readonly Procedure[], fields: readonly Pick<Field, 'id' | 'name'>[] = [], everyday: EverydayWords = {}): SearchIndex {
  const fieldName = new Map(fields.map((f) => [f.id, f.name]));
  const found = new Map<string, Map<number, number>>();
  const folded = new Map<string, string[]>(); // catalogs repeat document names and keywords a lot
  const words = (text: string) => folded.get(text) ?? folded.set(text, keys(text)).get(text)!;
  const termOf = (w: string) => { if (!found.has(w)) found.set(w, new Map()); return w; };
  const wordLists: string[][][] = [];
  const docs = procedures.map((p, d): SearchDoc => {
    const add = (text: string, zone: number) => {
      const ws = words(text);
      for (const w of ws) { const m = found.get(termOf(w))!; m.set(d, (m.get(d) ?? 0) | zone); }
      return ws;
    };
    const name = add(p.name, NAME);
    const said = spoken(p, fieldName.get(p.field) ?? '', everyday[p.field], words);
    const phrases = [...p.keywords, fieldName.get(p.field) ?? '', p.nameEn ?? '', ...said].map((k) => add(k, KEYWORD));
    add(p.result, DOCUMENT);
    p.documents.forEach((doc) => add(doc.name, DOCUMENT));
    wordLists.push([name, ...phrases]);
    const keywords = new Set([...p.keywords, ...said].map((k) => words(k).join(' ')));
    return { procedure: p, name: new Int32Array(0), phrases: [], length: p.name.length, keywords, code: p.code.replace(/\D/g, '') };
  });
  const terms = [...found.keys()].sort();
  const termIds = new Map(terms.map((t, i) => [t, i]));
  docs.forEach((doc, d) => {
    const [name, ...phrases] = wordLists[d]!.map((ws) => Int32Array.from(ws, (w) => termIds.get(w)!));
    doc.name = name!;
    doc.phrases = phrases.filter((ph) => ph.length > 1);
  });
  const postings = terms.map((t) => Int32Array.from(found.get(t)!.keys()));
  const zones = terms.map((t) => Uint8Array.from(found.get(t)!.values()));
  const deletions = new Map<string, number[]>();
  terms.forEach((t, i) => {
    if (t.length < 3) return;
    for (const del of new Set(deletes(t))) {
      const list = deletions.get(del);
      if (list) list.push(i);
      else deletions.set(del, [i]);
    }
  });
  return { docs, terms, termIds, postings, zones, deletions };
}

/** The everyday words of a procedure: those of each official term of its field found in its name, keywords or field name. */
function spoken(p: Procedure, field: string, table: Record<string, string[]> | undefined, words: (t: string) => string[]): string[] {
  if (!table) return [];
  const own = ` ${[p.name, ...p.keywords, field].map((t) => words(t).join(' ')).join(' | ')} `;
  return Object.entries(table).flatMap(([term, said]) => (own.includes(` ${words(term).join(' ')} `) ? said : []));
}

const deletes = (w: string) => Array.from(w, (_, j) => w.slice(0, j) + w.slice(j + 1));

/** Edit distance (insert, delete, substitute, swap two neighbours) between a and b, stopping once it passes 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Terms a query word can stand for, with a quality (QUALITY_WEIGHT): exact, prefix (last word only), one typo (only when not a word of the catalog). */
function candidates(index: SearchIndex, w: string, prefix: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const exact = index.termIds.get(w);
  if (exact !== undefined) out.set(exact, 3);
  if (prefix) {
    let lo = 0, hi = index.terms.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (index.terms[mid]! < w) lo = mid + 1; else hi = mid; }
    for (let t = lo; t < index.terms.length && index.terms[t]!.startsWith(w); t++) if (!out.has(t)) out.set(t, exact === undefined ? 2 : 4);
  }
  // One typo for words of 4+ letters; a 3-letter word may have one wrong letter (kết hôm -> kết hôn).
  if (w.length < 3 || (exact !== undefined && !prefix)) return out;
  const typo = (t: number | undefined) => {
    if (t === undefined || out.has(t)) return;
    const term = index.terms[t]!;
    if (w.length >= 4 ? withinOneEdit(w, term) : term.length === 3 && [...w].filter((c, j) => c !== term[j]).length === 1) out.set(t, 1);
  };
  for (const t of index.deletions.get(w) ?? []) typo(t);
  for (const del of deletes(w)) {
    typo(index.termIds.get(del));
    for (const t of index.deletions.get(del) ?? []) typo(t);
  }
  return out;
}

interface QueryWord { key: string; prefix: boolean; weight: number }

/** Splits a query into words: abbreviations expanded, filler words light, the last word a prefix while typed. */
function queryWords(query: string): QueryWord[] {
  const raw = foldWords(query);
  const typing = !/\s$/.test(query);
  const words: QueryWord[] = [];
  raw.forEach((w, i) => {
    const expanded = ABBREVIATIONS[w];
    if (expanded) for (const e of expanded.split(' ')) words.push({ key: key(e), prefix: false, weight: 1 });
    else words.push({ key: key(w), prefix: typing && i === raw.length - 1, weight: FILLER.has(w) ? 0.25 : 1 });
  });
  if (words.every((w) => w.weight < 1)) words.forEach((w) => (w.weight = 1));
  return words;
}

/** Procedures matching what a citizen typed, best first (by code too: "1.001193"). */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  if (limit <= 0) return [];
  const digits = query.replace(/\D/g, '');
  if (/^[\d.\s]+$/.test(query.trim()) && digits.length >= 3) return byCode(index, digits, limit);
  const words = queryWords(query);
  if (!words.length) return [];
  const n = index.docs.length;
  const found = words.map((w) => candidates(index, w.key, w.prefix));
  const scores = new Float64Array(n);
  const matched = new Uint32Array(n); // bit j: word j matched this procedure
  const touched: number[] = [];
  // A word the catalog lacks (hits 0) still counts in the total: it lowers every score alike.
  let known = 0; // the weight of the words the catalog has: bonuses scale with it, so an unknown word changes no order
  const idfs = words.map((w, j) => {
    const { row, hits } = wordRow(index, found[j]!, n);
    const idf = Math.log(1 + n / (1 + hits.length)) * w.weight;
    if (hits.length) known += idf;
    for (const d of hits) {
      if (matched[d] === 0) touched.push(d);
      if (j < 30) matched[d]! |= 1 << j;
      else matched[d]! |= 1 << 30;
      scores[d]! += idf * row[d]!;
    }
    return idf;
  });
  const total = idfs.reduce((a, b) => a + b, 0);
  // marks[term]: bit j set when query word j may stand for that term (words past 30 only score, they form no phrase).
  const marks = new Uint32Array(index.terms.length);
  found.forEach((f, j) => { if (j < 30) for (const t of f.keys()) marks[t]! |= 1 << j; });
  const pairs = words.slice(1).map((_, j) => (idfs[j]! + idfs[j + 1]!) * 0.5);
  const folded = words.map((w) => w.key).join(' ');
  // What the bonuses can add to a procedure at most: its pairs of matched neighbour words, coverage and keyword. The
  // procedures are checked best bound first, and the rest skipped once none can reach the last of the results.
  // The final score is at least the words' own score (times the length factor, >= 0.8): the `limit`-th best of
  // these is a floor no procedure below it in bound can reach, so only the others get their bonuses worked out.
  const floors: number[] = [];
  for (const d of touched) {
    const low = scores[d]! * (1 - Math.min(index.docs[d]!.length, 500) * 0.0004);
    if (floors.length < limit) floors.push(low);
    else if (low > floors[floors.length - 1]!) floors[floors.length - 1] = low;
    else continue;
    floors.sort((a, b) => b - a);
  }
  const floor = floors.length >= limit ? floors[limit - 1]! : -Infinity;
  const results: SearchResult[] = [];
  for (const d of touched) {
    if (scores[d]! + 2.2 * pairSum(matched[d]! & (matched[d]! >>> 1), pairs) + 0.4 * known < floor) continue;
    const doc = index.docs[d]!;
    let s = scores[d]! + known * 0.3 * nameCoverage(doc.name, marks);
    // Phrases only where two neighbouring query words both matched this procedure.
    if (matched[d]! & (matched[d]! >>> 1)) {
      s += phraseBonus(doc.name, marks, pairs) * 1.2;
      let best = 0;
      for (const ph of doc.phrases) best = Math.max(best, phraseBonus(ph, marks, pairs));
      s += best;
    }
    if (doc.keywords.has(folded)) s += known * 0.1;
    // Shorter names first among equals: a factor, so that scaling every score (an unknown word) keeps the order.
    keep(results, { procedure: doc.procedure, score: (s / total) * 1000 * (1 - Math.min(doc.length, 500) * 0.0004) }, limit);
  }
  return results;
}

/** How well one word matches each procedure (zone weight x quality weight, 0: not at all), and the procedures it hits. */
function wordRow(index: SearchIndex, terms: Map<number, number>, n: number): { row: Float32Array; hits: number[] } {
  const row = new Float32Array(n);
  const hits: number[] = [];
  for (const [t, quality] of terms) {
    const docs = index.postings[t]!, zones = index.zones[t]!;
    for (let k = 0; k < docs.length; k++) {
      const z = zones[k]!, d = docs[k]!;
      const v = ZONE_WEIGHT[z]! * QUALITY_WEIGHT[quality]!;
      if (row[d] === 0) hits.push(d);
      if (v > row[d]!) row[d] = v;
    }
  }
  return { row, hits };
}

/** Bonus for query words that follow each other in a phrase (a name or a keyword): the pair's weight, once per pair. */
function phraseBonus(phrase: Int32Array, marks: Uint32Array, pairs: number[]): number {
  let bonus = 0, seen = 0;
  for (let i = 0; i + 1 < phrase.length; i++) {
    // Bit j of `both`: word j matches here and word j+1 matches the next word.
    let both = marks[phrase[i]!]! & (marks[phrase[i + 1]!]! >>> 1) & ~seen;
    seen |= both;
    for (let j = 0; both; j++, both >>>= 1) if (both & 1) bonus += pairs[j] ?? 0;
  }
  return bonus;
}

/** The sum of the pair weights of the bits set in `bits` (bit j: words j and j+1). */
function pairSum(bits: number, pairs: number[]): number {
  let sum = 0;
  for (let j = 0; bits; j++, bits >>>= 1) if (bits & 1) sum += pairs[j] ?? 0;
  return sum;
}

/** The share of a name's words that some query word matched: "Đăng ký kết hôn" is all of "dang ky ket hon", a longer name less. */
function nameCoverage(name: Int32Array, marks: Uint32Array): number {
  let hit = 0;
  for (const t of name) if (marks[t]) hit++;
  return name.length ? hit / name.length : 0;
}

/** Inserts a result into a best-first list of at most `limit` (cheaper than sorting every hit). */
function keep(top: SearchResult[], r: SearchResult, limit: number): void {
  if (top.length >= limit && r.score <= top[top.length - 1]!.score) return;
  let lo = 0, hi = top.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (top[mid]!.score >= r.score) lo = mid + 1; else hi = mid; }
  top.splice(lo, 0, r);
  if (top.length > limit) top.pop();
}

/** Procedures whose code starts with (or else contains) the digits typed. */
function byCode(index: SearchIndex, digits: string, limit: number): SearchResult[] {
  const hits: SearchResult[] = [];
  for (const doc of index.docs) {
    const at = doc.code.indexOf(digits);
    if (at >= 0) keep(hits, { procedure: doc.procedure, score: (at === 0 ? 5000 : 4000) - doc.length * 0.05 }, limit);
  }
  return hits;
}
