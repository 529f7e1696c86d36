/** The report as plain tables with Vietnamese headers: what the CSV and XLSX exports write. */
import type { DossierFigures, RatingGroup, Report, TicketFigures } from '../../contract/reports';

export type CellValue = string | number | null;
export interface Table { sheet: string; title: string; header: string[]; rows: CellValue[][] }

const DOSSIER_HEADER = ['Lĩnh vực', 'Tiếp nhận trong kỳ', 'Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', 'Kỳ trước chuyển sang',
  'Tổng số phải giải quyết', 'Đã giải quyết', 'Trước hạn', 'Tỷ lệ trước hạn (%)', 'Đúng hạn', 'Tỷ lệ đúng hạn (%)', 'Quá hạn',
  'Tỷ lệ quá hạn (%)', 'Tỷ lệ trước và đúng hạn (%)', 'Đang giải quyết', 'Trong đó quá hạn', 'Chờ bổ sung', 'Tạm dừng'];
const dossierRow = (name: string, f: DossierFigures): CellValue[] => [name, f.received, f.inPerson, f.online, f.postal, f.carriedOver,
  f.toHandle, f.resolved, f.early, f.earlyPct, f.onTime, f.onTimePct, f.late, f.latePct, f.earlyOrOnTimePct, f.inProgress,
  f.inProgressOverdue, f.waitingSupplement, f.paused];

const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
const TICKET_HEADER = ['Nhóm', 'Tên', 'Số phiếu đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Phục vụ sau khi vắng mặt', 'Thời gian chờ trung bình (phút)',
  'Thời gian chờ P90 (phút)', 'Thời gian phục vụ trung bình (phút)', 'Thời gian phục vụ P90 (phút)'];
const ticketRow = (group: string, t: TicketFigures): CellValue[] => [group, t.name, t.issued, t.served, t.noShow, t.servedAfterNoShow,
  minutes(t.waitMean), minutes(t.waitP90), minutes(t.serviceMean), minutes(t.serviceP90)];

/** The three tables of a report: dossiers per field, ratings, tickets. */
export function reportTables(r: Report): Table[] {
  const levels = r.ratings.total.levels;
  const ratingRow = (group: string, g: RatingGroup): CellValue[] => [group, g.name, g.count,
    ...levels.flatMap((l) => { const c = g.levels.find((x) => x.key === l.key); return [c?.count ?? 0, c?.pct ?? 0]; })];
  return [
    {
      sheet: 'Hồ sơ', title: `Tình hình tiếp nhận và giải quyết hồ sơ TTHC - ${r.period.label}`, header: DOSSIER_HEADER,
      rows: [...r.dossiers.byField.map((f) => dossierRow(f.field, f)), dossierRow('Tổng cộng', r.dossiers.total)],
    },
    {
      sheet: 'Đánh giá', title: `Kết quả đánh giá sự hài lòng - ${r.period.label}`,
      header: ['Nhóm', 'Tên', 'Tổng số phiếu', ...levels.flatMap((l) => [l.label, `${l.label} (%)`])],
      rows: [ratingRow('Tổng', r.ratings.total), ...r.ratings.byService.map((g) => ratingRow('Dịch vụ', g)),
        ...r.ratings.byCounter.map((g) => ratingRow('Quầy', g)), ...r.ratings.byStaff.map((g) => ratingRow('Công chức', g))],
    },
    {
      sheet: 'Số thứ tự', title: `Lượt cấp số thứ tự và phục vụ - ${r.period.label}`, header: TICKET_HEADER,
      rows: [ticketRow('Tổng', r.tickets.total), ...r.tickets.byService.map((t) => ticketRow('Dịch vụ', t)),
        ...r.tickets.byCounter.map((t) => ticketRow('Quầy', t)), ...r.tickets.byStaff.map((t) => ticketRow('Công chức', t)),
        ...r.tickets.byHour.map((t) => ticketRow('Giờ', t))],
    },
  ];
}
