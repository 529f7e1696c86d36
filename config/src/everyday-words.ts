/**
 * The everyday words citizens use for the official terms of each field (config/catalog/everyday-words.json):
 * { "<field id>": { "<official term>": ["what people say", ...] } }. The search indexes them as keywords of
 * every procedure of that field whose name, keywords or field name holds the term (search.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Everyday words per field id: the official term (as in names and keywords) -> what citizens say for it. */
export type EverydayWords = Record<string, Record<string, string[]>>;

const phrase = z.string().trim().min(1).max(80).refine((s) => !/[\r\n;|]/.test(s), 'một cụm từ trên một dòng, không có ; hoặc |');

/** The table's schema: field id -> official term -> everyday words (at most 60 per term). */
export const everydayWordsSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'mã lĩnh vực'), z.record(phrase, z.array(phrase).min(1).max(60)));

/** The file name beside fields.json and procedures.json. */
export const EVERYDAY_WORDS_FILE = 'everyday-words.json';

/** Reads a catalog folder's everyday-words.json, if it has one; problems are returned as `path: message`. */
export function readEverydayWords(dir: string): { words?: EverydayWords; problems: string[] } {
  const file = join(dir, EVERYDAY_WORDS_FILE);
  if (!existsSync(file)) return { problems: [] };
  let raw: unknown;
  try { raw = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { return { problems: [`(${EVERYDAY_WORDS_FILE}): ${(e as Error).message.split('\n')[0]}`] }; }
  const r = everydayWordsSchema.safeParse(raw);
  if (!r.success) return { problems: r.error.issues.map((i) => `everydayWords.${i.path.join('.')}: ${i.message}`) };
  return { words: r.data, problems: [] };
}
