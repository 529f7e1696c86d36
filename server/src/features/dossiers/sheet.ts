/** Reading a one-door export (CSV or XLSX) into header + rows with their line numbers. */
import ExcelJS from 'exceljs';
import { readCsv } from '@motcua/config/csv';
import { ApiFailure } from '../../app/failure';

export type Cell = string | Date | null;
export interface Sheet { header: string[]; headerLine: number; rows: Array<{ line: number; cells: Cell[] }> }

/** Splits CSV text (comma / semicolon / tab detected from the header line); a broken quote is a 400 naming its line. */
export function parseCsv(input: string): Sheet {
  const s = input.replace(/^\uFEFF/, '');
  const firstLine = s.slice(0, s.search(/\r?\n|$/));
  const delim = [';', '\t', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const { records, errors } = readCsv(s, delim);
  if (errors.length) throw new ApiFailure(400, 'BAD_FILE', `Tệp CSV hỏng: ${errors[0]!.message} / broken CSV at line ${errors[0]!.line}`);
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
