/** Reading a one-door export (CSV or XLSX) into header + rows with their line numbers. */
import ExcelJS from 'exceljs';

export type Cell = string | Date | null;
export interface Sheet { header: string[]; headerLine: number; rows: Array<{ line: number; cells: Cell[] }> }

/** Splits CSV text (RFC 4180 quotes, comma / semicolon / tab detected from the header line). */
export function parseCsv(input: string): Sheet {
  const s = input.replace(/^\uFEFF/, '');
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  const delim = [';', '\t', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delim) { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      cells.push(cell); records.push({ line: start, cells }); cells = []; cell = '';
      line++; start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) { cells.push(cell); records.push({ line: start, cells }); }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonEmpty;
  return { header: head?.cells.map((h) => h.trim()) ?? [], headerLine: head?.line ?? 1, rows: rows.map((r) => ({ line: r.line, cells: r.cells })) };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return null;
  }
  return String(v);
}

/** Reads the first worksheet of an XLSX file; the first non-empty row is the header. */
export async function parseXlsx(data: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: Sheet = { header: [], headerLine: 1, rows: [] };
  if (!ws) return out;
  let haveHeader = false;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellValue(row.getCell(c).value));
    if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) return;
    if (!haveHeader) { out.header = values.map((v) => (v instanceof Date ? '' : (v ?? '').trim())); out.headerLine = n; haveHeader = true; }
    else out.rows.push({ line: n, cells: values });
  });
  return out;
}
