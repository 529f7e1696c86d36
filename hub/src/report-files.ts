/**
 * The province's report in the office's formats: the office's own writers (CSV, XLSX, A4, the screen)
 * render it, and a report over several offices gets one more table, a line per office.
 */
import ExcelJS from 'exceljs';
import { reportCsv, reportXlsx } from '../../server/src/features/reports/export';
import { esc, table } from '../../server/src/features/reports/html-common';
import { printPage } from '../../server/src/features/reports/print-page';
import { reportHeaderSchema, type ReportHeader } from '../../config/src/report-header';
import { viewPage } from '../../server/src/features/reports/view-page';
import { formatInt as n, formatPct as pct } from '../../server/src/features/reports/vn-format';
import type { OfficeLine, ProvinceReport } from './province-report';

const HEADER = ['Mã đơn vị', 'Đơn vị', 'Huyện', 'Số phiếu đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Số phiếu đánh giá', 'Hài lòng trở lên (%)',
  'Hồ sơ tiếp nhận trong kỳ', 'Tổng số phải giải quyết', 'Đã giải quyết', 'Trước và đúng hạn (%)', 'Đang giải quyết'];
const TITLE = 'Kết quả theo đơn vị';
const cells = (o: OfficeLine) => [o.code, o.name, o.district, o.issued, o.served, o.noShow, o.ratings, o.satisfiedPct, o.received, o.toHandle, o.resolved, o.earlyOrOnTimePct, o.inProgress];
const several = (p: ProvinceReport) => p.offices.length > 1 || p.report.office !== p.offices[0]?.name;

/** The per-office table as HTML (empty for one office's own report). */
export function officesTable(p: ProvinceReport): string {
  if (!several(p)) return '';
  const rows = p.offices.map((o) => [esc(o.code), esc(o.name), esc(o.district), n(o.issued), n(o.served), n(o.noShow), n(o.ratings), pct(o.satisfiedPct),
    n(o.received), n(o.toHandle), n(o.resolved), pct(o.earlyOrOnTimePct), n(o.inProgress)]);
  return `<h3>${esc(TITLE)}</h3>${table(HEADER, rows, 'offices')}`;
}

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

/** The province's heading when none is given: the provincial centre signs what the hub prints. */
const PROVINCE_HEADER = reportHeaderSchema.parse({
  issuer: process.env.MOTCUA_HUB_ISSUER ?? 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH', signerAuthority: '', signerTitle: 'GIÁM ĐỐC', code: 'BC-TTPVHCC',
});

/** The A4 page: the office's, with the per-office table before the signatures. */
export function provincePrint(p: ProvinceReport, today: string, header: ReportHeader = PROVINCE_HEADER): string {
  const html = printPage(p.report, today, header);
  const extra = officesTable(p);
  return extra ? html.replace('<div class="sign">', `<h2>IV. KẾT QUẢ THEO ĐƠN VỊ</h2>${extra}<div class="sign">`) : html;
}

/** The screen: the office's, keeping the scope in its form and links, without the office-only dossier import link. */
export function provinceView(p: ProvinceReport, scope: Record<string, string>, query: string, token: string | null): string {
  const hidden = Object.entries(scope).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  return viewPage(p.report, query, token)
    .replace(/<a href="\/api\/dossiers\/import\/view[^"]*">[^<]*<\/a>/, `<a href="/board${token ? `?token=${encodeURIComponent(token)}` : ''}">Bảng theo dõi các đơn vị</a>`)
    .replace('<button>Xem</button>', `${hidden}<button>Xem</button>`)
    .replace('</main>', `${several(p) ? `<section><h2>${esc(TITLE)}</h2>${officesTable(p)}</section>` : ''}</main>`);
}
