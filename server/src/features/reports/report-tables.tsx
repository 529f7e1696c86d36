/** The report's tables as the screen and the A4 page show them (the same rows as the CSV and XLSX in tables.ts). */
import type { ComponentChildren } from 'preact';
import type { DossierFigures, RatingFigures, RatingGroup, TicketFigures, TicketReport } from '../../contract/reports';
import { formatInt as n, formatMinutes, formatPct as pct } from './vn-format';

/** A titled table: the header cells, then rows whose first cell names the row and whose other cells are figures (right-aligned). */
export function Table({ title, cls, header, rows }: { title: string; cls: string; header: string[]; rows: ComponentChildren[][] }) {
  return (
    <>
      <h3>{title}</h3>
      <table class={cls}>
        <thead><tr>{header.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
        <tbody>{rows.map((r, i) => <tr key={i}>{r.map((c, j) => (j === 0 ? <td key={j}>{c}</td> : <td key={j} class="num">{c}</td>))}</tr>)}</tbody>
      </table>
    </>
  );
}

const bold = (row: ComponentChildren[]) => row.map((c, i) => <b key={i}>{c}</b>);
const share = (count: number, p: number) => `${n(count)} (${pct(p)})`;
type ByField = Array<{ field: string } & DossierFigures>;

/** Dossiers received per field and in total: by channel, carried over, what the office had to handle. */
export function ReceivedTable({ byField, total }: { byField: ByField; total: DossierFigures }) {
  const row = (name: string, f: DossierFigures) => [name, n(f.inPerson), n(f.online), n(f.postal), n(f.received), n(f.carriedOver), n(f.toHandle)];
  return <Table title="Tiếp nhận hồ sơ theo lĩnh vực" cls="received" header={['Lĩnh vực', 'Trực tiếp', 'Trực tuyến', 'Bưu chính công ích',
    'Tiếp nhận trong kỳ', 'Kỳ trước chuyển sang', 'Tổng số phải giải quyết']} rows={[...byField.map((f) => row(f.field, f)), bold(row('Tổng cộng', total))]} />;
}

/** Dossiers resolved per field and in total: early / on time / late with their shares, still in progress, paused. */
export function ResolvedTable({ byField, total }: { byField: ByField; total: DossierFigures }) {
  const row = (name: string, f: DossierFigures) => [name, n(f.resolved), share(f.early, f.earlyPct), share(f.onTime, f.onTimePct),
    share(f.late, f.latePct), pct(f.earlyOrOnTimePct), n(f.inProgress), n(f.inProgressOverdue), n(f.paused)];
  return <Table title="Giải quyết hồ sơ theo lĩnh vực" cls="resolved" header={['Lĩnh vực', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn',
    'Trước và đúng hạn', 'Đang giải quyết', 'Trong đó quá hạn', 'Tạm dừng']} rows={[...byField.map((f) => row(f.field, f)), bold(row('Tổng cộng', total))]} />;
}

/** Rating forms per level with shares, per field (the queue's services), per counter and per staff member; a part without rows is left out. */
export function RatingTables({ r }: { r: RatingFigures }) {
  const levels = r.total.levels;
  const part = (title: string, head: string, groups: RatingGroup[], cls: string) => (groups.length === 0 ? null : (
    <Table title={title} cls={cls} header={[head, 'Số phiếu', ...levels.map((l) => l.label)]} rows={groups.map((g) => [g.name, n(g.count),
      ...levels.map((l) => { const c = g.levels.find((x) => x.key === l.key); return share(c?.count ?? 0, c?.pct ?? 0); })])} />
  ));
  return <>{part('Đánh giá theo lĩnh vực', 'Lĩnh vực', r.byService, 'ratings-field')}{part('Đánh giá theo quầy', 'Quầy', r.byCounter, 'ratings-counter')}
    {part('Đánh giá theo công chức', 'Công chức', r.byStaff, 'ratings-staff')}</>;
}

/** Tickets issued, served, no-shows, waiting and service time (mean, p90) per service, counter, staff member and hour. */
export function TicketTables({ t }: { t: TicketReport }) {
  const part = (title: string, head: string, rows: TicketFigures[], cls: string) => (rows.length === 0 ? null : (
    <Table title={title} cls={cls} header={[head, 'Đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Phục vụ sau vắng mặt', 'Chờ TB', 'Chờ P90', 'Phục vụ TB', 'Phục vụ P90']}
      rows={rows.map((x) => [x.name, n(x.issued), n(x.served), n(x.noShow), n(x.servedAfterNoShow), formatMinutes(x.waitMean), formatMinutes(x.waitP90),
        formatMinutes(x.serviceMean), formatMinutes(x.serviceP90)])} />
  ));
  return <>{part('Theo lĩnh vực', 'Lĩnh vực', t.byService, 'tickets-service')}{part('Theo quầy', 'Quầy', t.byCounter, 'tickets-counter')}
    {part('Theo công chức', 'Công chức', t.byStaff, 'tickets-staff')}{part('Theo giờ lấy số', 'Giờ', t.byHour, 'tickets-hour')}</>;
}

/** The figures in sentences, a paragraph each (the A4 page starts each with "- "). */
export function Sentences({ lines, dash = false }: { lines: string[]; dash?: boolean }) {
  return <>{lines.map((s, i) => <p key={i}>{dash ? `- ${s}` : s}</p>)}</>;
}
