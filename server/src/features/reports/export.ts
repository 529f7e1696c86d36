/**
 * CSV and XLSX files of a report (Vietnamese headers; numbers as numbers). Two CSV dialects: for Excel on a
 * Vietnamese-locale PC (";" between fields, decimal comma, UTF-8 BOM: the default download) and plain RFC 4180
 * for software ("," and a decimal point, no BOM). CSV text cells that a spreadsheet would run as a formula are neutralised.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatNumberVi } from '../../contract/numbers';
import type { Report } from '../../contract/reports';
import { reportTables, type CellValue } from './tables';

export type CsvDialect = 'excel-vi' | 'rfc4180';

/** A text cell starting with = + - @ (or a tab / CR) would run as a formula in a spreadsheet: a leading ' keeps it text. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function cell(v: CellValue, dialect: CsvDialect): string {
  if (v === null) return '';
  if (typeof v === 'number') return dialect === 'excel-vi' ? formatNumberVi(v, 6, false) : String(v);
  return neutralise(v);
}

/** The report as CSV: each table under its title, a blank line between; CRLF line ends (RFC 4180). */
export function reportCsv(r: Report, dialect: CsvDialect = 'excel-vi'): string {
  const rows: CellValue[][] = [[`${r.office} - ${r.period.label}`]];
  for (const t of reportTables(r)) rows.push([], [t.title], t.header, ...t.rows);
  return stringify(rows.map((row) => row.map((v) => cell(v, dialect))), {
    delimiter: dialect === 'excel-vi' ? ';' : ',', record_delimiter: 'windows', bom: dialect === 'excel-vi',
  });
}

/** The report as an XLSX workbook: one sheet per table, title in row 1, headers in row 2. */
export async function reportXlsx(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.created = new Date(r.generatedAt);
  for (const t of reportTables(r)) {
    const ws = wb.addWorksheet(t.sheet);
    ws.addRow([`${t.title} - ${r.office}`]).font = { bold: true, size: 13 };
    const head = ws.addRow(t.header);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    for (const row of t.rows) ws.addRow(row); // typed cells: a text cell is never run as a formula
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 28 : 14; });
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
