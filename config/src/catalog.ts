/**
 * The procedure catalog (danh mục thủ tục hành chính): its schema, the checks across records,
 * and the loader for a catalog folder (fields.json + procedures.json). Glossary: lĩnh vực = field,
 * thành phần hồ sơ = documents, trình tự = steps, căn cứ pháp lý = legal basis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './load';
import { everydayWordsSchema, readEverydayWords, type EverydayWords } from './everyday-words';

import { DOCUMENT_FORMS } from './document-forms';

export { DOCUMENT_FORMS };
/** How a dossier can be submitted: trực tiếp, trực tuyến, bưu chính công ích. */
export const CHANNELS = ['direct', 'online', 'postal'] as const;
/** The demo office's service queues; a procedure is taken at one of them. */
export const DEMO_SERVICE_IDS = ['hotich', 'chungthuc', 'btxh-ncc', 'datdai', 'cutru', 'tonghop'] as const;

/** A national code from the CSDL quốc gia về TTHC (1.001193), or a local placeholder (XA-TDKT-01) until one is found. */
export const CODE_PATTERN = /^(\d\.\d{6}|XA(-[A-Z0-9]+)+)$/;

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'dùng chữ thường, số, - hoặc _ (tối đa 40 ký tự)');
const text = (max: number) => z.string().trim().min(1).max(max);
// A list item is one line: lists are written one item per line in CSV.
const line = (max: number) => text(max).refine((s) => !/[\r\n]/.test(s), 'không được xuống dòng');
// Items that CSV may also separate with ';' (documents, keywords) must not contain it.
const item = (max: number) => line(max).refine((s) => !/[;|]/.test(s), 'không được chứa ; hoặc |');

/** One document of a dossier (thành phần hồ sơ). */
export const documentSchema = z.object({
  name: item(300),
  form: z.enum(DOCUMENT_FORMS),
  count: z.number().int().min(1).max(20),
}).strict();

/** One procedure (thủ tục hành chính) as the kiosk shows it. */
export const procedureSchema = z.object({
  code: z.string().regex(CODE_PATTERN, 'mã thủ tục dạng 1.001193 (hoặc mã tạm XA-...)'),
  name: line(400),
  /** The name in English, for the kiosk's English mode (optional: a province's own list may have none). */
  nameEn: line(400).optional(),
  field: id,
  level: line(80),
  agency: line(200),
  serviceId: id,
  timeLimit: z.object({ text: line(500), workingDays: z.number().int().min(0).max(365).optional() }).strict(),
  fee: z.object({ text: line(500), amountVnd: z.number().int().min(0).max(1_000_000_000).optional() }).strict(),
  documents: z.array(documentSchema).max(40),
  steps: z.array(line(600)).min(1).max(30),
  channels: z.array(z.enum(CHANNELS)).min(1).refine((c) => new Set(c).size === c.length, 'cách thức nộp bị lặp'),
  legalBasis: z.array(line(400)).min(1).max(30),
  result: line(300),
  keywords: z.array(item(80)).max(40).default([]),
  check: line(1000).optional(),
}).strict();

/** A field (lĩnh vực) procedures are grouped by. */
export const fieldSchema = z.object({ id, name: line(160), nameEn: line(160).optional() }).strict();

export type Procedure = z.infer<typeof procedureSchema>;
export type ProcedureDocument = z.infer<typeof documentSchema>;
export type Field = z.infer<typeof fieldSchema>;
/** everydayWords: what citizens say for each field's official terms (everyday-words.json), for the search. */
export type Catalog = { fields: Field[]; procedures: Procedure[]; everydayWords?: EverydayWords };

/** One problem in a catalog: where (path into {fields, procedures}) and what, in Vietnamese. */
export interface CatalogProblem { path: (string | number)[]; message: string }
export interface CatalogOptions { serviceIds?: readonly string[] }

const catalogSchema = z.object({ fields: z.array(fieldSchema), procedures: z.array(procedureSchema), everydayWords: everydayWordsSchema.optional() }).strict();
const vi = z.locales.vi().localeError;

/** Validates a raw catalog: schema, unique field ids and codes, known fields and service queues. */
export function checkCatalog(raw: unknown, opts: CatalogOptions = {}): { catalog?: Catalog; problems: CatalogProblem[] } {
  const parsed = catalogSchema.safeParse(raw, { error: vi });
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  problems.push(...crossChecks(raw, opts));
  return parsed.success && !problems.length ? { catalog: parsed.data, problems } : { problems };
}

/** The checks a schema cannot make alone (duplicates, references), run on the raw records so one bad record hides nothing. */
function crossChecks(raw: unknown, opts: CatalogOptions): CatalogProblem[] {
  const list = (k: string): unknown[] => (raw && typeof raw === 'object' && Array.isArray((raw as Record<string, unknown>)[k]) ? (raw as Record<string, unknown[]>)[k]! : []);
  const str = (o: unknown, k: string) => (o && typeof o === 'object' && typeof (o as Record<string, unknown>)[k] === 'string' ? (o as Record<string, string>)[k] : undefined);
  const problems: CatalogProblem[] = [];
  const fieldIds = new Set<string>();
  list('fields').forEach((f, i) => {
    const fid = str(f, 'id');
    if (fid !== undefined && fieldIds.has(fid)) problems.push({ path: ['fields', i, 'id'], message: `lĩnh vực "${fid}" bị trùng` });
    if (fid !== undefined) fieldIds.add(fid);
  });
  const everyday = raw && typeof raw === 'object' ? (raw as { everydayWords?: unknown }).everydayWords : undefined;
  if (everyday && typeof everyday === 'object') {
    for (const fid of Object.keys(everyday)) if (!fieldIds.has(fid)) problems.push({ path: ['everydayWords', fid], message: `lĩnh vực "${fid}" không có trong danh sách lĩnh vực` });
  }
  const services = new Set<string>(opts.serviceIds ?? DEMO_SERVICE_IDS);
  const codes = new Map<string, number>();
  list('procedures').forEach((p, i) => {
    const [code, field, service] = [str(p, 'code'), str(p, 'field'), str(p, 'serviceId')];
    const first = code === undefined ? undefined : codes.get(code);
    if (first !== undefined) problems.push({ path: ['procedures', i, 'code'], message: `mã thủ tục ${code} trùng với thủ tục thứ ${first + 1}` });
    else if (code !== undefined) codes.set(code, i);
    if (field !== undefined && !fieldIds.has(field)) problems.push({ path: ['procedures', i, 'field'], message: `lĩnh vực "${field}" không có trong danh sách lĩnh vực` });
    if (service !== undefined && !services.has(service)) problems.push({ path: ['procedures', i, 'serviceId'], message: `hàng đợi "${service}" không có; dùng một trong: ${[...services].join(', ')}` });
  });
  return problems;
}

/**
 * The cross checks for one procedure edited by an admin, against the catalog in effect (whose other records were
 * checked when they were loaded or saved): its field and its service queue must exist. The procedure itself has
 * been parsed with procedureSchema, and its code is its key, so it cannot duplicate another. A few microseconds
 * where re-checking a 2,000-procedure catalog held the server's only thread for 60-160 ms.
 */
export function checkProcedureEdit(p: Procedure, fields: readonly Field[], opts: CatalogOptions = {}): CatalogProblem[] {
  return crossChecks({ fields, procedures: [p] }, opts).map((x) => ({ path: x.path.slice(2), message: x.message }));
}

/** A problem as `path: message`, the way config errors are printed. */
export function formatProblem(p: CatalogProblem): string {
  return `${p.path.length ? p.path.join('.') : '(root)'}: ${p.message}`;
}

/** Reads and validates a catalog folder (fields.json, procedures.json); throws ConfigError naming every problem. */
export function loadCatalog(dir: string, opts: CatalogOptions = {}): Catalog {
  const read = (name: 'fields' | 'procedures'): unknown => {
    const file = join(dir, `${name}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(file, [`(${name}.json): ${(e as Error).message.split('\n')[0]}`]);
    }
  };
  const everyday = readEverydayWords(dir);
  const { catalog, problems } = checkCatalog({ fields: read('fields'), procedures: read('procedures'), ...(everyday.words ? { everydayWords: everyday.words } : {}) }, opts);
  if (!catalog || everyday.problems.length) throw new ConfigError(dir, [...problems.map(formatProblem), ...everyday.problems]);
  return catalog;
}

/** What is wrong with `catalog.services` (a target that is not a service of the office), as `path: message`. */
export function renamedServiceProblems(own: readonly string[], renamed: Readonly<Record<string, string>>): string[] {
  return Object.entries(renamed).filter(([, to]) => !own.includes(to))
    .map(([from, to]) => `catalog.services.${from}: "${to}" is not a service of this office (services: ${own.join(', ')})`);
}

/**
 * An office's catalog folder: checked against the office's services and the catalog queue ids it renames
 * (`catalog.services`), each renamed procedure given the office's own id. Targets are checked by renamedServiceProblems.
 */
export function loadOfficeCatalog(dir: string, own: readonly string[], renamed: Readonly<Record<string, string>>): Catalog {
  const read = loadCatalog(dir, { serviceIds: [...own, ...Object.keys(renamed)] });
  const procedures = read.procedures.map((p) => (p.serviceId && renamed[p.serviceId] ? { ...p, serviceId: renamed[p.serviceId]! } : p));
  return { ...read, procedures };
}
