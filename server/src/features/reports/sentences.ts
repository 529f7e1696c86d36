/** The report's figures as the sentences of the seed reports, shared by the report screen and the printable page. */
import type { DossierFigures, RatingGroup, TicketFigures } from '../../contract/reports';
import { formatInt as n, formatMinutes, formatPct as pct } from './vn-format';

/** "Tổng số hồ sơ tiếp nhận: 1.116 hồ sơ (trực tiếp: ..., ...; kỳ trước chuyển sang: ...)" and the rest, as in the seed reports. */
export function dossierSentences(f: DossierFigures): string[] {
  return [
    `Tổng số hồ sơ tiếp nhận: ${n(f.toHandle)} hồ sơ (trực tiếp: ${n(f.inPerson)}, trực tuyến: ${n(f.online)}, ` +
      `bưu chính: ${n(f.postal)}; kỳ trước chuyển sang: ${n(f.carriedOver)}).`,
    `Đã giải quyết: ${n(f.resolved)} hồ sơ, trong đó trước hạn ${n(f.early)} (${pct(f.earlyPct)}), ` +
      `đúng hạn ${n(f.onTime)} (${pct(f.onTimePct)}), quá hạn ${n(f.late)} (${pct(f.latePct)}). ` +
      `Tỷ lệ hồ sơ giải quyết trước và đúng hạn: ${pct(f.earlyOrOnTimePct)}.`,
    `Đang giải quyết: ${n(f.inProgress)} hồ sơ (trong đó quá hạn: ${n(f.inProgressOverdue)}, chờ bổ sung: ${n(f.waitingSupplement)}); ` +
      `tạm dừng: ${n(f.paused)} hồ sơ.`,
  ];
}

/** "Rất hài lòng: 146 phiếu (92,4%)" per level. */
export function ratingSentences(g: RatingGroup): string[] {
  return [`Tổng số phiếu đánh giá: ${n(g.count)} phiếu.`, ...g.levels.map((l) => `${l.label}: ${n(l.count)} phiếu (${pct(l.pct)}).`)];
}

/** Tickets issued, served, no-shows, waiting and service times. */
export function ticketSentences(t: TicketFigures): string[] {
  return [
    `Số phiếu thứ tự đã cấp: ${n(t.issued)}; đã phục vụ: ${n(t.served)}` +
      `${t.servedAfterNoShow ? ` (trong đó ${n(t.servedAfterNoShow)} lượt được gọi lại sau khi vắng mặt)` : ''}; vắng mặt khi gọi: ${n(t.noShow)}.`,
    `Thời gian chờ trung bình: ${formatMinutes(t.waitMean)} (90% lượt chờ không quá ${formatMinutes(t.waitP90)}); ` +
      `thời gian phục vụ trung bình: ${formatMinutes(t.serviceMean)} (90% không quá ${formatMinutes(t.serviceP90)}).`,
  ];
}
