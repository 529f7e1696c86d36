/** The report screen for supervisors: period picker (plain form), summary, SVG bar charts, export links; no script. */
import type { ComponentChildren } from 'preact';
import type { Period, Report } from '../../contract/reports';
import { htmlDocument } from '../../http/html-document';
import { BarChart, type Bar } from './bar-chart';
import { RatingTables, ReceivedTable, ResolvedTable, Sentences, TicketTables } from './report-tables';
import { dossierSentences, ratingSentences, ticketSentences } from './sentences';
import { VIEW_CSS_FILE } from './styles';

/** What the hub's copy of the screen changes: its scope kept in the form, its own last link, one more section. */
export interface ViewExtras {
  /** Hidden fields the period form carries (the hub's office or district). */
  hidden?: Record<string, string>;
  /** The last of the links (the office's is the dossier import). */
  lastLink?: { href: string; label: string };
  /** Sections after the office's three. */
  more?: ComponentChildren;
}

const RATING_COLORS = ['#2e7d32', '#1565c0', '#c62828', '#6a1b9a', '#455a64'];

function charts(r: Report): { fields: Bar[]; hours: Bar[]; ratings: Bar[] } {
  return {
    fields: r.dossiers.byField.map((f) => ({ label: f.field, parts: [
      { value: f.early, color: '#2e7d32', name: 'Trước hạn' }, { value: f.onTime, color: '#1565c0', name: 'Đúng hạn' },
      { value: f.late, color: '#c62828', name: 'Quá hạn' }, { value: f.inProgress + f.paused, color: '#9e9e9e', name: 'Chưa giải quyết xong' }] })),
    hours: r.tickets.byHour.map((h) => ({ label: h.name, parts: [
      { value: h.served, color: '#1565c0', name: 'Đã phục vụ' }, { value: h.noShow, color: '#ef6c00', name: 'Vắng mặt' },
      { value: h.issued - h.served - h.noShow, color: '#9e9e9e', name: 'Khác' }] })),
    ratings: r.ratings.total.levels.map((l, i) => ({ label: l.label, parts: [{ value: l.count, color: RATING_COLORS[i % 5]!, name: l.label }] })),
  };
}

const KINDS: Array<[Period['kind'], string]> = [['day', 'Ngày'], ['month', 'Tháng'], ['quarter', 'Quý'], ['year', 'Năm'], ['custom', 'Tùy chọn']];

function PeriodForm({ p, token, hidden }: { p: Period; token: string | null; hidden: Record<string, string> }) {
  return (
    <form method="get" action="view">
      <label>Kỳ báo cáo<select name="period">{KINDS.map(([k, label]) => <option key={k} value={k} selected={p.kind === k}>{label}</option>)}</select></label>
      <label>Ngày / tháng / quý / năm<input name="date" value={p.kind === 'custom' ? '' : p.key} placeholder="2026-11, 2026-Q4, 2026" /></label>
      <label>Từ ngày<input type="date" name="from" value={p.from} /></label><label>Đến ngày<input type="date" name="to" value={p.to} /></label>
      {token && <input type="hidden" name="token" value={token} />}
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <button>Xem</button>
    </form>
  );
}

function Links({ query, token, last }: { query: string; token: string | null; last: { href: string; label: string } }) {
  const q = query + (token ? `&token=${encodeURIComponent(token)}` : '');
  return (
    <p class="links">
      <a href={`print?${q}`}>Bản in A4</a><a href={`export.csv?${q}`}>Tải CSV (Excel)</a>
      <a href={`export-rfc4180.csv?${q}`}>Tải CSV (phần mềm, RFC 4180)</a><a href={`export.xlsx?${q}`}>Tải Excel (XLSX)</a>
      <a href={last.href}>{last.label}</a>
    </p>
  );
}

/** The screen as a component; `query` is the current query string without the token, `token` is carried in links and the form. */
function ViewPage({ r, query, token, extras = {} }: { r: Report; query: string; token: string | null; extras?: ViewExtras }) {
  const p = r.period;
  const c = charts(r);
  const importLink = { href: `/api/dossiers/import/view?${token ? `token=${encodeURIComponent(token)}` : ''}`, label: 'Nhập hồ sơ từ tệp' };
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" /><meta name="viewport" content="width=device-width" />
        <title>Báo cáo - {p.label}</title><link rel="stylesheet" href={VIEW_CSS_FILE} />
      </head>
      <body>
        <header><h1>Báo cáo {p.label}</h1><div>{r.office}</div></header>
        <main>
          <section><PeriodForm p={p} token={token} hidden={extras.hidden ?? {}} /><Links query={query} token={token} last={extras.lastLink ?? importLink} /></section>
          <section>
            <h2>Hồ sơ thủ tục hành chính</h2><Sentences lines={dossierSentences(r.dossiers.total)} />
            <BarChart title="Hồ sơ theo lĩnh vực" bars={c.fields} />
            <ReceivedTable byField={r.dossiers.byField} total={r.dossiers.total} /><ResolvedTable byField={r.dossiers.byField} total={r.dossiers.total} />
          </section>
          <section>
            <h2>Đánh giá sự hài lòng</h2><Sentences lines={ratingSentences(r.ratings.total)} />
            <BarChart title="Phiếu theo mức độ" bars={c.ratings} /><RatingTables r={r.ratings} />
          </section>
          <section>
            <h2>Số thứ tự</h2><Sentences lines={ticketSentences(r.tickets.total)} />
            <BarChart title="Phiếu theo giờ trong ngày" bars={c.hours} /><TicketTables t={r.tickets} />
          </section>
          {extras.more}
        </main>
      </body>
    </html>
  );
}

/** The screen's HTML for a report. */
export function viewPage(r: Report, query: string, token: string | null, extras?: ViewExtras): string {
  return htmlDocument(<ViewPage r={r} query={query} token={token} extras={extras} />);
}
