/** Shared pieces of the server-rendered report pages: escaping, the self-hosted font, the sentences. */
import type { DossierFigures } from './dossier-figures';
import type { RatingFigures, RatingGroup } from './rating-figures';
import { formatInt as n, formatMinutes, formatPct as pct } from './vn-format';
import type { TicketFigures, TicketReport } from './ticket-figures';

/** Escapes text for HTML. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const face = (subset: string, weight: number) => `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${weight};` +
  `font-display:swap;src:url(fonts/be-vietnam-pro-${subset}-${weight}-normal.woff2) format('woff2')}`;
/** @font-face rules for Be Vietnam Pro, served by this server (the office may be offline). */
export const FONT_FACES = ['vietnamese', 'latin', 'latin-ext'].flatMap((s) => [face(s, 400), face(s, 700)]).join('\n');
/** The same rules for a page served anywhere but under /api/reports/: the font files by their absolute path. */
export const FONT_FACES_ABSOLUTE = FONT_FACES.replaceAll('url(fonts/', 'url(/api/reports/fonts/');

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

/** An HTML table: header cells and rows of already-escaped cells. */
export function table(header: string[], rows: string[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td>${c}</td>` : `<td class="num">${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
}

const bold = (row: string[]) => row.map((c) => `<b>${c}</b>`);
const share = (count: number, p: number) => `${n(count)} (${pct(p)})`;
const titled = (title: string, html: string) => `<h3>${esc(title)}</h3>${html}`;

/** Dossiers received per field and in total: by channel, carried over, what the office had to handle. */
export function receivedTable(byField: Array<{ field: string } & DossierFigures>, total: DossierFigures): string {
  const row = (name: string, f: DossierFigures) => [esc(name), n(f.inPerson), n(f.online), n(f.postal), n(f.received), n(f.carriedOver), n(f.toHandle)];
  return titled('Tiếp nhận hồ sơ theo lĩnh vực', table(['Lĩnh vực', 'Trực tiếp', 'Trực tuyến', 'Bưu chính công ích', 'Tiếp nhận trong kỳ',
    'Kỳ trước chuyển sang', 'Tổng số phải giải quyết'], [...byField.map((f) => row(f.field, f)), bold(row('Tổng cộng', total))], 'received'));
}

/** Dossiers resolved per field and in total: early / on time / late with their shares, still in progress, paused. */
export function resolvedTable(byField: Array<{ field: string } & DossierFigures>, total: DossierFigures): string {
  const row = (name: string, f: DossierFigures) => [esc(name), n(f.resolved), share(f.early, f.earlyPct), share(f.onTime, f.onTimePct),
    share(f.late, f.latePct), pct(f.earlyOrOnTimePct), n(f.inProgress), n(f.inProgressOverdue), n(f.paused)];
  return titled('Giải quyết hồ sơ theo lĩnh vực', table(['Lĩnh vực', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
    'Trước và đúng hạn', 'Đang giải quyết', 'Trong đó quá hạn', 'Tạm dừng'], [...byField.map((f) => row(f.field, f)), bold(row('Tổng cộng', total))], 'resolved'));
}

/** Rating forms per level with shares, per field (the queue's services), per counter and per staff member. */
export function ratingTables(r: RatingFigures): string {
  const levels = r.total.levels;
  const part = (title: string, head: string, groups: RatingGroup[], cls: string) => (groups.length === 0 ? '' : titled(title, table(
    [head, 'Số phiếu', ...levels.map((l) => l.label)],
    groups.map((g) => [esc(g.name), n(g.count), ...levels.map((l) => { const c = g.levels.find((x) => x.key === l.key); return share(c?.count ?? 0, c?.pct ?? 0); })]),
    cls)));
  return part('Đánh giá theo lĩnh vực', 'Lĩnh vực', r.byService, 'ratings-field') + part('Đánh giá theo quầy', 'Quầy', r.byCounter, 'ratings-counter') +
    part('Đánh giá theo công chức', 'Công chức', r.byStaff, 'ratings-staff');
}

/** Tickets issued, served, no-shows, waiting and service time (mean, p90) per service, counter, staff member and hour. */
export function ticketTables(t: TicketReport): string {
  const part = (title: string, head: string, rows: TicketFigures[], cls: string) => (rows.length === 0 ? '' : titled(title, table(
    [head, 'Đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Phục vụ sau vắng mặt', 'Chờ TB', 'Chờ P90', 'Phục vụ TB', 'Phục vụ P90'],
    rows.map((x) => [esc(x.name), n(x.issued), n(x.served), n(x.noShow), n(x.servedAfterNoShow), formatMinutes(x.waitMean), formatMinutes(x.waitP90),
      formatMinutes(x.serviceMean), formatMinutes(x.serviceP90)]), cls)));
  return part('Theo lĩnh vực', 'Lĩnh vực', t.byService, 'tickets-service') + part('Theo quầy', 'Quầy', t.byCounter, 'tickets-counter') +
    part('Theo công chức', 'Công chức', t.byStaff, 'tickets-staff') + part('Theo giờ lấy số', 'Giờ', t.byHour, 'tickets-hour');
}
