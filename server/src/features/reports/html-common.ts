/** Shared pieces of the server-rendered report pages: escaping, the self-hosted font, the sentences. */
import type { DossierFigures } from './dossier-figures';
import type { RatingGroup } from './rating-figures';
import { formatInt as n, formatMinutes, formatPct as pct } from './vn-format';
import type { TicketFigures } from './ticket-figures';

/** Escapes text for HTML. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const face = (subset: string, weight: number) => `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${weight};` +
  `font-display:swap;src:url(fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2) format('woff2')}`;
/** @font-face rules for Be Vietnam Pro, served by this server (the office may be offline). */
export const FONT_FACES = ['vietnamese', 'latin', 'latin-ext'].flatMap((s) => [face(s, 400), face(s, 700)]).join('\n');

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
    `Số phiếu thứ tự đã cấp: ${n(t.issued)}; đã phục vụ: ${n(t.served)}; vắng mặt khi gọi: ${n(t.noShow)}.`,
    `Thời gian chờ trung bình: ${formatMinutes(t.waitMean)} (90% lượt chờ không quá ${formatMinutes(t.waitP90)}); ` +
      `thời gian phục vụ trung bình: ${formatMinutes(t.serviceMean)} (90% không quá ${formatMinutes(t.serviceP90)}).`,
  ];
}

/** An HTML table: header cells and rows of already-escaped cells. */
export function table(header: string[], rows: string[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td>${c}</td>` : `<td class="num">${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

/** Rows for the per-field dossier table. */
export function fieldRows(byField: Array<{ field: string } & DossierFigures>, total: DossierFigures): string[][] {
  const row = (name: string, f: DossierFigures) => [esc(name), n(f.received), n(f.carriedOver), n(f.resolved), n(f.early), n(f.onTime),
    n(f.late), pct(f.earlyOrOnTimePct), n(f.inProgress), n(f.paused)];
  return [...byField.map((f) => row(f.field, f)), row('Tổng cộng', total).map((c, i) => (i === 0 ? `<b>${c}</b>` : `<b>${c}</b>`))];
}
export const FIELD_HEADER = ['Lĩnh vực', 'Tiếp nhận', 'Kỳ trước chuyển sang', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
  'Trước và đúng hạn', 'Đang giải quyết', 'Tạm dừng'];
