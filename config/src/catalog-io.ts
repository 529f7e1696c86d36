/**
 * Importing and exporting the catalog as JSON or CSV, so a province can load its own list.
 *
 * CSV: RFC 4180 (comma, or ';'/tab detected from the header; quoted cells; "" for a quote; line
 * breaks inside quotes; CRLF or LF; a UTF-8 BOM is skipped and written, so Excel shows Vietnamese).
 * One row per procedure, Vietnamese headers (see COLUMNS; "Mã thủ tục" is read as ma_thu_tuc).
 * List cells hold one item per line (Alt+Enter in Excel). Documents, keywords and channels may
 * instead be separated by ';' on a single line. A document is `tên | loại | số lượng`, e.g.
 * `Tờ khai đăng ký khai sinh | bản chính | 1` (loại: bản chính, bản sao, bản sao có chứng thực,
 * bản chính hoặc bản sao có chứng thực, xuất trình bản chính; or the English ids; số lượng
 * defaults to 1). Channels: trực tiếp, trực tuyến, bưu chính công ích. Empty numbers = not fixed.
 * An import checks every row and names each bad one by the line where it starts; it imports
 * nothing unless every row is good.
 */
import { DOCUMENT_FORM_LABEL } from './document-forms';
import { checkCatalog, CHANNELS, type Catalog, type CatalogOptions, type CatalogProblem, type Field } from './catalog';
import { parse, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { readCsv, type CsvRecord } from './csv';
import { fold } from './fold';

export { loadCatalog, loadOfficeCatalog, renamedServiceProblems } from './catalog';

export type CatalogFormat = 'json' | 'csv';
/** A problem in an imported file: the line where the bad row starts, the CSV column or JSON path, what is wrong. */
export interface ImportError { line: number; column?: string; message: string }
export type ImportResult = { ok: true; catalog: Catalog } | { ok: false; errors: ImportError[] };
export interface ImportOptions extends CatalogOptions {
  /** The fields to use for a CSV (or a bare JSON array); by default they are read from the CSV's field columns. */
  fields?: Field[];
  /** Called every 100 rows and at the end. */
  onProgress?(done: number, total: number): void;
}
export type { CsvRecord };

/** The CSV columns, in the order they are written. */
export const COLUMNS = ['ma_thu_tuc', 'ten_thu_tuc', 'ten_thu_tuc_en', 'ma_linh_vuc', 'ten_linh_vuc', 'ten_linh_vuc_en', 'cap_thuc_hien', 'co_quan_thuc_hien',
  'hang_doi', 'thoi_han', 'so_ngay_lam_viec', 'phi_le_phi', 'muc_phi_vnd', 'thanh_phan_ho_so', 'trinh_tu', 'cach_thuc_nop',
  'can_cu_phap_ly', 'ket_qua', 'tu_khoa', 'can_kiem_tra'] as const;
type Column = (typeof COLUMNS)[number];
const OPTIONAL = new Set<Column>(['ten_thu_tuc_en', 'ten_linh_vuc_en', 'so_ngay_lam_viec', 'muc_phi_vnd', 'tu_khoa', 'can_kiem_tra']);
const COLUMN_OF: Record<string, Column> = {
  code: 'ma_thu_tuc', name: 'ten_thu_tuc', nameEn: 'ten_thu_tuc_en', field: 'ma_linh_vuc', level: 'cap_thuc_hien', agency: 'co_quan_thuc_hien', serviceId: 'hang_doi',
  'timeLimit.text': 'thoi_han', 'timeLimit.workingDays': 'so_ngay_lam_viec', 'fee.text': 'phi_le_phi', 'fee.amountVnd': 'muc_phi_vnd',
  documents: 'thanh_phan_ho_so', steps: 'trinh_tu', channels: 'cach_thuc_nop', legalBasis: 'can_cu_phap_ly', result: 'ket_qua', keywords: 'tu_khoa', check: 'can_kiem_tra',
};
const CHANNEL_LABEL: Record<(typeof CHANNELS)[number], string> = { direct: 'trực tiếp', online: 'trực tuyến', postal: 'bưu chính công ích' };
const lookup = <T extends string>(labels: Record<T, string>, aliases: Record<string, T>) => {
  const m = new Map<string, T>(Object.entries(aliases) as [string, T][]);
  for (const [k, v] of Object.entries(labels) as [T, string][]) m.set(fold(v), k).set(fold(k), k);
  return m;
};
const FORMS = lookup(DOCUMENT_FORM_LABEL, { 'xuat trinh': 'present', 'ban sao chung thuc': 'certifiedCopy' });
const CHANNEL_IDS = lookup(CHANNEL_LABEL, { 'buu chinh': 'postal', 'buu dien': 'postal' });

/** Parses CSV into records, each with the line it starts on; blank lines are skipped. */
export function parseCsv(text: string, delimiter = ','): { records: CsvRecord[]; errors: ImportError[] } {
  const { records, errors } = readCsv(text, delimiter);
  return { records: records.filter((r) => r.cells.length > 1 || r.cells[0] !== ''), errors };
}

/** Writes rows as CSV (CRLF), quoting the cells that need it. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const q = (v: string) => (/["\r\n,;\t]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
}

/** Exports a catalog as JSON ({fields, procedures}) or CSV (one row per procedure, with a BOM for Excel). */
export function exportCatalog(catalog: Catalog, format: CatalogFormat): string {
  if (format === 'json') return JSON.stringify({ fields: catalog.fields, procedures: catalog.procedures, ...(catalog.everydayWords ? { everydayWords: catalog.everydayWords } : {}) }, null, 2) + '\n';
  const fields = new Map(catalog.fields.map((f) => [f.id, f]));
  const rows = catalog.procedures.map((p) => {
    const f = fields.get(p.field);
    const cells: Record<Column, string> = {
      ma_thu_tuc: p.code, ten_thu_tuc: p.name, ten_thu_tuc_en: p.nameEn ?? '', ma_linh_vuc: p.field, ten_linh_vuc: f?.name ?? '', ten_linh_vuc_en: f?.nameEn ?? '',
      cap_thuc_hien: p.level, co_quan_thuc_hien: p.agency, hang_doi: p.serviceId, thoi_han: p.timeLimit.text,
      so_ngay_lam_viec: p.timeLimit.workingDays?.toString() ?? '', phi_le_phi: p.fee.text, muc_phi_vnd: p.fee.amountVnd?.toString() ?? '',
      thanh_phan_ho_so: p.documents.map((d) => `${d.name} | ${DOCUMENT_FORM_LABEL[d.form]} | ${d.count}`).join('\n'),
      trinh_tu: p.steps.join('\n'), cach_thuc_nop: p.channels.map((c) => CHANNEL_LABEL[c]).join('\n'),
      can_cu_phap_ly: p.legalBasis.join('\n'), ket_qua: p.result, tu_khoa: p.keywords.join('\n'), can_kiem_tra: p.check ?? '',
    };
    return COLUMNS.map((c) => cells[c]);
  });
  return '\ufeff' + toCsv([[...COLUMNS], ...rows]);
}

/** Imports a catalog from JSON or CSV text; validates everything and names every bad row, or returns the catalog. */
export function importCatalog(text: string, format: CatalogFormat, opts: ImportOptions = {}): ImportResult {
  return format === 'json' ? importJson(text.replace(/^\ufeff/, ''), opts) : importCsv(text, opts);
}

function importJson(text: string, opts: ImportOptions): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: lineAt(text, syntaxErrorAt(text)), message: `JSON không hợp lệ: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 160)}` }] };
  }
  const value = Array.isArray(raw) ? { fields: opts.fields ?? [], procedures: raw } : raw;
  const total = Array.isArray(raw) ? raw.length : 0;
  const { catalog, problems } = checkCatalog(value, opts);
  opts.onProgress?.(total, total);
  if (catalog) return { ok: true, catalog };
  const starts = elementLines(text);
  return { ok: false, errors: problems.map((p) => {
    const [list, index, ...rest] = p.path;
    const line = typeof index === 'number' ? starts[String(list)]?.[index] ?? 1 : 1;
    return { line, ...(rest.length ? { column: rest.join('.') } : {}), message: p.message };
  }) };
}

const lineAt = (text: string, pos: number) => text.slice(0, pos).split('\n').length;

/** Where JSON text first goes wrong, from jsonc-parser's error offsets (JSON.parse's messages differ between Node versions). */
function syntaxErrorAt(text: string): number {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? 0;
}

/** The line where each element of the top-level "fields"/"procedures" arrays (or of a bare array) starts. */
function elementLines(text: string): Record<string, number[]> {
  const root = parseTree(text);
  const starts = (node: JsonNode | undefined) => (node?.type === 'array' ? (node.children ?? []).map((c) => lineAt(text, c.offset)) : []);
  if (root?.type === 'array') return { procedures: starts(root) };
  const out: Record<string, number[]> = {};
  for (const prop of root?.type === 'object' ? root.children ?? [] : []) {
    const [key, value] = prop.children ?? [];
    if (typeof key?.value === 'string') out[key.value] = starts(value);
  }
  return out;
}

function importCsv(text: string, opts: ImportOptions): ImportResult {
  const head = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((a, b) => (head.split(b).length > head.split(a).length ? b : a));
  const { records, errors } = parseCsv(text, delimiter);
  if (errors.length) return { ok: false, errors };
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: [{ line: 1, message: 'tệp trống: cần dòng tiêu đề và ít nhất một thủ tục' }] };
  const columns = header.cells.map((h) => fold(h).replace(/ /g, '_'));
  const headerErrors: ImportError[] = [];
  columns.forEach((c, k) => {
    if (c !== 'stt' && !(COLUMNS as readonly string[]).includes(c)) headerErrors.push({ line: header.line, column: header.cells[k], message: `cột không dùng được; các cột: ${COLUMNS.join(', ')}` });
    else if (columns.indexOf(c) !== k) headerErrors.push({ line: header.line, column: c, message: 'cột bị lặp' });
  });
  for (const c of COLUMNS) {
    const needed = !OPTIONAL.has(c) && !(opts.fields && (c === 'ten_linh_vuc'));
    if (needed && !columns.includes(c)) headerErrors.push({ line: header.line, column: c, message: 'thiếu cột bắt buộc' });
  }
  if (headerErrors.length) return { ok: false, errors: headerErrors };

  // Cells that cannot be read are reported here; everything else is checked once over all rows below.
  const unreadable: ImportError[] = [];
  const fields = new Map<string, { field: Field; line: number }>((opts.fields ?? []).map((f) => [f.id, { field: f, line: 1 }]));
  const procedures = rows.map((rec, r) => {
    const cell = (c: Column) => (rec.cells[columns.indexOf(c)] ?? '').trim();
    const fail = (column: Column, message: string) => unreadable.push({ line: rec.line, column, message });
    if (rec.cells.length > columns.length && rec.cells.slice(columns.length).some((v) => v.trim())) fail(COLUMNS[0], `dòng có ${rec.cells.length} ô, tiêu đề chỉ có ${columns.length} cột`);
    if (!opts.fields) fieldFromRow(cell, rec.line, fields, fail);
    if ((r + 1) % 100 === 0 || r + 1 === rows.length) opts.onProgress?.(r + 1, rows.length);
    return rowToProcedure(cell, fail);
  });
  if (!rows.length) unreadable.push({ line: header.line, message: 'không có thủ tục nào sau dòng tiêu đề' });
  const fieldList = [...fields.values()];
  const { catalog, problems } = checkCatalog({ fields: fieldList.map((f) => f.field), procedures }, opts);
  const out = [...unreadable];
  for (const p of problems) {
    const e = csvError(p, rows.map((r) => r.line), fieldList.map((f) => f.line));
    if (!unreadable.some((u) => u.line === e.line && u.column === e.column)) out.push(e);
  }
  if (out.length || !catalog) return { ok: false, errors: out.sort((a, b) => a.line - b.line) };
  return { ok: true, catalog };
}

/** Builds a raw procedure from a row's cells; cells that cannot be read at all are reported through `fail`. */
function rowToProcedure(cell: (c: Column) => string, fail: (c: Column, m: string) => void): unknown {
  const lines = (s: string) => s.split(/\r\n|\r|\n/).map((t) => t.trim()).filter(Boolean);
  const items = (s: string) => (/[\r\n]/.test(s) ? lines(s) : s.split(';').map((t) => t.trim()).filter(Boolean));
  const number = (c: Column, thousands: boolean) => {
    const s = cell(c).replace(thousands ? /[\s.,]|đồng|đ|vnd/gi : /\s/g, '');
    if (!s) return undefined;
    if (/^\d+$/.test(s)) return Number(s);
    fail(c, `"${cell(c)}" không phải số nguyên`);
    return undefined;
  };
  const documents = items(cell('thanh_phan_ho_so')).map((d, k) => {
    const [name = '', form = '', count = '1', ...extra] = d.split('|').map((t) => t.trim());
    const id = FORMS.get(fold(form));
    if (!id || extra.length || !/^\d+$/.test(count)) fail('thanh_phan_ho_so', `mục ${k + 1} "${d}": viết "tên | loại | số lượng", loại là một trong: ${Object.values(DOCUMENT_FORM_LABEL).join('; ')}`);
    return { name, form: id ?? form, count: Number(count) };
  });
  const channels = cell('cach_thuc_nop').split(/[\r\n;,]/).map((t) => t.trim()).filter(Boolean).map((c) => {
    const id = CHANNEL_IDS.get(fold(c));
    if (!id) fail('cach_thuc_nop', `"${c}" không phải cách thức nộp (${Object.values(CHANNEL_LABEL).join(', ')})`);
    return id ?? c;
  });
  const workingDays = number('so_ngay_lam_viec', false);
  const amountVnd = number('muc_phi_vnd', true);
  const check = cell('can_kiem_tra');
  const nameEn = cell('ten_thu_tuc_en');
  return {
    code: cell('ma_thu_tuc'), name: cell('ten_thu_tuc'), ...(nameEn ? { nameEn } : {}), field: cell('ma_linh_vuc'), level: cell('cap_thuc_hien'), agency: cell('co_quan_thuc_hien'),
    serviceId: cell('hang_doi'), timeLimit: { text: cell('thoi_han'), ...(workingDays !== undefined ? { workingDays } : {}) },
    fee: { text: cell('phi_le_phi'), ...(amountVnd !== undefined ? { amountVnd } : {}) }, documents, steps: lines(cell('trinh_tu')), channels,
    legalBasis: lines(cell('can_cu_phap_ly')), result: cell('ket_qua'), keywords: items(cell('tu_khoa')), ...(check ? { check } : {}),
  };
}

/** Collects the field a row names; the same id must always carry the same name. */
function fieldFromRow(cell: (c: Column) => string, line: number, fields: Map<string, { field: Field; line: number }>, fail: (c: Column, m: string) => void): void {
  const id = cell('ma_linh_vuc');
  const field: Field = { id, name: cell('ten_linh_vuc'), ...(cell('ten_linh_vuc_en') ? { nameEn: cell('ten_linh_vuc_en') } : {}) };
  const seen = fields.get(id);
  if (!seen) fields.set(id, { field, line });
  else if (seen.field.name !== field.name || seen.field.nameEn !== field.nameEn) fail('ten_linh_vuc', `lĩnh vực "${id}" đã có tên khác ở dòng ${seen.line}`);
}

const columnOf = (path: (string | number)[]): Column => COLUMN_OF[path.slice(0, 2).join('.')] ?? COLUMN_OF[String(path[0])] ?? 'ma_thu_tuc';
const issueMessage = (path: (string | number)[], message: string) => (typeof path[1] === 'number' ? `mục ${path[1] + 1}: ${message}` : message);

/** Maps a whole-catalog problem back to the CSV line of the row (or of the row that introduced the field). */
function csvError(p: CatalogProblem, procedureLines: number[], fieldLines: number[]): ImportError {
  const [list, index, ...rest] = p.path;
  const lines = list === 'fields' ? fieldLines : procedureLines;
  const line = typeof index === 'number' ? lines[index] ?? 1 : 1;
  if (list === 'fields') return { line, column: rest[0] === 'id' ? 'ma_linh_vuc' : rest[0] === 'nameEn' ? 'ten_linh_vuc_en' : 'ten_linh_vuc', message: p.message };
  return { line, column: columnOf(rest), message: issueMessage(rest, p.message) };
}
