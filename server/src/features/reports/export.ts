/** CSV and XLSX files of a report (Vietnamese headers; numbers as numbers, percentages as 92.4). */
import ExcelJS from 'exceljs';
import type { Report } from './report';
import { reportTables, type CellValue } from './tables';

const csvCell = (v: CellValue) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The report as CSV: a BOM so Excel reads UTF-8, each table under its title, a blank line between. */
export function reportCsv(r: Report): string {
  const lines: string[] = [csvCell(`${r.office} - ${r.period.label}`)];
  for (const t of reportTables(r)) {
    lines.push('', csvCell(t.title), t.header.map(csvCell).join(','));
    for (const row of t.rows) lines.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
    for (const row of t.rows) ws.addRow(row);
    ws.columns.forEach((c, i) => { c.width = i === 0 ? 28 : 14; });
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
