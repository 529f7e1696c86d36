/**
 * The province's report as CSV and XLSX: the office's own writers render it, and a report over several offices
 * gets one more table, a line per office (the A4 page and the screen: report-pages.tsx).
 */
import ExcelJS from 'exceljs';
import { reportCsv, reportXlsx } from '../../server/src/features/reports/export';
import type { OfficeLine, ProvinceReport } from './contract';

/** The per-office table's header, the same in every format. */
export const HEADER = ['Mã đơn vị', 'Đơn vị', 'Huyện', 'Số phiếu đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Số phiếu đánh giá', 'Hài lòng trở lên (%)',
  'Hồ sơ tiếp nhận trong kỳ', 'Tổng số phải giải quyết', 'Đã giải quyết', 'Trước và đúng hạn (%)', 'Đang giải quyết'];
/** The per-office table's title. */
export const TITLE = 'Kết quả theo đơn vị';
const cells = (o: OfficeLine) => [o.code, o.name, o.district, o.issued, o.served, o.noShow, o.ratings, o.satisfiedPct, o.received, o.toHandle, o.resolved, o.earlyOrOnTimePct, o.inProgress];
/** Whether the report is over several offices (a district, the province), so it gets the per-office table. */
export const several = (p: ProvinceReport) => p.offices.length > 1 || p.report.office !== p.offices[0]?.name;

const csvCell = (v: string | number) => { const s = String(v); return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

/** CSV: the office's CSV, then the per-office table. */
export function provinceCsv(p: ProvinceReport): string {
  const base = reportCsv(p.report);
  if (!several(p)) return base;
  return `${base}\r\n${csvCell(TITLE)}\r\n${HEADER.map(csvCell).join(',')}\r\n${p.offices.map((o) => cells(o).map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** XLSX: the office's workbook, with a sheet per office line added. */
export async function provinceXlsx(p: ProvinceReport): Promise<Buffer> {
  const buf = await reportXlsx(p.report);
  if (!several(p)) return buf;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow([`${TITLE} - ${p.report.office} - ${p.report.period.label}`]).font = { bold: true, size: 13 };
  ws.addRow(HEADER).font = { bold: true };
  for (const o of p.offices) ws.addRow(cells(o));
  ws.columns.forEach((c, i) => { c.width = i === 1 ? 32 : 14; });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
