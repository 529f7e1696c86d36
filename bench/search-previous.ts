/**
 * The search as it was before the ranked search (commit 3cf0f73), kept only so the bench can measure the new one against it.
 *
 * Vietnamese search for the kiosk, typed without diacritics, letter by letter, with a typo.
 * Browser-safe: no node imports, no dependencies (the kiosk page bundles it).
 *
 * Every procedure's words are folded (fold.ts) into a dictionary of terms with postings; a query
 * word matches a term exactly, as a prefix (the last word, still being typed) or with one typo
 * (a deletion-neighbourhood lookup, then an edit-distance check), so a keystroke costs a few
 * dictionary lookups and the postings they hit, never a scan of every name.
 * Ranking: fewer typo-matched words first; then tiers: the phrase in the name > every word in the
 * name > some word only in the keywords/field/result > some word only in the documents; then match
 * quality, a curated keyword equal to the query, and shorter names first.
 */
import type { Field, Procedure } from '../config/src/catalog';
import { foldWords } from '../config/src/fold';

export interface SearchResult { procedure: Procedure; score: number }
/** A procedure as the index keeps it: folded name (space-padded), name length, folded keywords, code digits. */
export interface SearchDoc { procedure: Procedure; name: string; length: number; keywords: Set<string>; code: string }
/** A prepared catalog: folded terms, their postings and their one-deletion neighbourhood. */
export interface SearchIndex {
  docs: SearchDoc[];
  terms: string[];
  termIds: Map<string, number>;
  postings: Int32Array[];
  /** Per posting, where the term occurs in that procedure: 4 name, 2 keywords/field/result, 1 documents. */
  zones: Uint8Array[];
  deletions: Map<string, number[]>;
}

const NAME = 4, KEYWORD = 2, DOCUMENT = 1;
// Words citizens put around a procedure's name ("làm giấy khai tử", "thủ tục ... ở đâu"): they count when
// they match but are not required.
const OPTIONAL = new Set(['lam', 'xin', 'cho', 'toi', 'em', 'minh', 'muon', 'can', 'thu', 'tuc', 'o', 'dau', 'gi', 'nhu', 'the', 'nao',
  'nhung', 've', 'a', 'voi', 'hoi', 'cua', 'giay']);
// Abbreviations people type on kiosks and phones.
const ABBREVIATIONS: Record<string, string> = {
  dk: 'dang ky', dky: 'dang ky', gcn: 'giay chung nhan', gpxd: 'giay phep xay dung', hkd: 'ho kinh doanh', qsdd: 'quyen su dung dat',
  btxh: 'bao tro xa hoi', ncc: 'nguoi co cong', tthn: 'tinh trang hon nhan', hk: 'ho khau',
};

// i and y are interchangeable in Vietnamese spelling (kí/ký, lí/lý): both are indexed and searched as i.
const key = (word: string) => word.replace(/y/g, 'i');
const keys = (text: string) => foldWords(text).map(key);

/** Prepares procedures for searching (fields give each procedure's field name to match as a keyword). */
export function createSearchIndex(procedures: readonly Procedure[], fields: readonly Pick<Field, 'id' | 'name'>[] = []): SearchIndex {
  const fieldName = new Map(fields.map((f) => [f.id, f.name]));
  const found = new Map<string, Map<number, number>>();
  const folded = new Map<string, string[]>(); // catalogs repeat document names and keywords a lot
  const words = (text: string) => folded.get(text) ?? folded.set(text, keys(text)).get(text)!;
  const docs = procedures.map((p, d): SearchDoc => {
    const add = (text: string, zone: number) => {
      for (const w of words(text)) {
        let m = found.get(w);
        if (!m) found.set(w, (m = new Map()));
        m.set(d, (m.get(d) ?? 0) | zone);
      }
    };
    add(p.name, NAME);
    // The English name counts as keywords, so a visitor in English mode can type "marriage".
    [...p.keywords, fieldName.get(p.field) ?? '', p.result, p.nameEn ?? ''].forEach((k) => add(k, KEYWORD));
    p.documents.forEach((doc) => add(doc.name, DOCUMENT));
    const keywords = new Set(p.keywords.map((k) => words(k).join(' ')));
    return { procedure: p, name: ` ${words(p.name).join(' ')} `, length: p.name.length, keywords, code: p.code.replace(/\D/g, '') };
  });
  const terms = [...found.keys()].sort();
  const termIds = new Map(terms.map((t, i) => [t, i]));
  const postings = terms.map((t) => Int32Array.from(found.get(t)!.keys()));
  const zones = terms.map((t) => Uint8Array.from(found.get(t)!.values()));
  const deletions = new Map<string, number[]>();
  terms.forEach((t, i) => {
    if (t.length < 3) return;
    for (const d of new Set(deletes(t))) {
      const list = deletions.get(d);
      if (list) list.push(i);
      else deletions.set(d, [i]);
    }
  });
  return { docs, terms, termIds, postings, zones, deletions };
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

/** Terms a query word can stand for, with a quality: 3 exact, 2 prefix (last word only), 1 one typo. */
function candidates(index: SearchIndex, w: string, prefix: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const exact = index.termIds.get(w);
  if (exact !== undefined) out.set(exact, 3);
  if (prefix) {
    let lo = 0, hi = index.terms.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (index.terms[mid]! < w) lo = mid + 1; else hi = mid; }
    for (let t = lo; t < index.terms.length && index.terms[t]!.startsWith(w); t++) if (!out.has(t)) out.set(t, 2);
  }
  // One typo for words of 4+ letters; a 3-letter word may have one wrong letter (kết hôm -> kết hôn).
  if (w.length < 3) return out;
  const typo = (t: number | undefined) => {
    if (t === undefined || out.has(t)) return;
    const term = index.terms[t]!;
    if (w.length >= 4 ? withinOneEdit(w, term) : term.length === 3 && [...w].filter((c, j) => c !== term[j]).length === 1) out.set(t, 1);
  };
  for (const t of index.deletions.get(w) ?? []) typo(t);
  for (const d of deletes(w)) {
    typo(index.termIds.get(d));
    for (const t of index.deletions.get(d) ?? []) typo(t);
  }
  return out;
}

interface QueryWord { key: string; prefix: boolean; optional: boolean }

/** Splits a query into words: abbreviations expanded, filler words optional, the last word a prefix while typed. */
function queryWords(query: string): QueryWord[] {
  const raw = foldWords(query);
  const typing = !/\s$/.test(query);
  const words: QueryWord[] = [];
  raw.forEach((w, i) => {
    const expanded = ABBREVIATIONS[w];
    if (expanded) for (const e of expanded.split(' ')) words.push({ key: key(e), prefix: false, optional: false });
    else words.push({ key: key(w), prefix: typing && i === raw.length - 1, optional: OPTIONAL.has(w) });
  });
  if (words.every((w) => w.optional)) words.forEach((w) => (w.optional = false));
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
  // best[j][d]: how well word j matches procedure d, as 16 (not a typo) + zone * 4 + quality; -1: not at all.
  const found = words.map((w) => candidates(index, w.key, w.prefix));
  const best = found.map((terms) => {
    const row = new Int8Array(n).fill(-1);
    for (const [t, quality] of terms) {
      const docs = index.postings[t]!, zones = index.zones[t]!;
      for (let k = 0; k < docs.length; k++) {
        const z = zones[k]!, v = (quality > 1 ? 16 : 0) + (z & NAME ? 2 : z & KEYWORD ? 1 : 0) * 4 + quality;
        if (v > row[docs[k]!]!) row[docs[k]!] = v;
      }
    }
    return row;
  });
  const required = words.map((_, j) => j).filter((j) => !words[j]!.optional);
  const last = words[words.length - 1]!;
  // The phrase as typed, without the filler words ("lam giay khai tu" -> "khai tu"), and with typos corrected.
  const phrases = [words.map((w) => w.key).join(' '), ...corrected(required.map((j) => [words[j]!.key, found[j]!]), index)]
    .filter((text, k, all) => all.indexOf(text) === k)
    .map((text, k) => ({ text, needle: ` ${text}${last.prefix && (k === 0 || !last.optional) ? '' : ' '}`, whole: ` ${text} ` }));
  const results: SearchResult[] = [];
  for (let d = 0; d < n; d++) {
    let tier = 2, score = 0, exact = required.length;
    for (const j of required) {
      const v = best[j]![d]!;
      if (v < 0) { exact = -1; break; }
      if (v < 16) exact--;
      tier = Math.min(tier, (v >> 2) & 3);
      score += (v & 3) * 10 + ((v >> 2) & 3) * 3;
    }
    if (exact < 0) continue;
    for (let j = 0; j < words.length; j++) if (words[j]!.optional && best[j]![d]! >= 0) score += 2;
    const doc = index.docs[d]!;
    const phrase = tier === 2 ? phrases.find((p) => doc.name.includes(p.needle)) : undefined;
    if (phrase) {
      tier = 3;
      if (doc.name.startsWith(phrase.needle)) score += 20;
      if (doc.name === phrase.whole) score += 30;
    }
    if (phrases.some((p) => doc.keywords.has(p.text))) score += 15;
    keep(results, { procedure: doc.procedure, score: exact * 10_000 + tier * 1000 + score - doc.length * 0.05 }, limit);
  }
  return results;
}

/** The phrase of the required words, and its spellings with a typo word replaced by the terms it matched (a few at most). */
function corrected(words: [string, Map<number, number>][], index: SearchIndex): string[] {
  let out = [''];
  for (const [typed, terms] of words) {
    const fixes = [...terms].every(([, q]) => q === 1) ? [...terms.keys()].map((t) => index.terms[t]!) : [];
    const spellings = fixes.length && out.length * fixes.length <= 12 ? fixes : [typed];
    out = out.flatMap((head) => spellings.map((w) => (head ? `${head} ${w}` : w)));
  }
  return out;
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
