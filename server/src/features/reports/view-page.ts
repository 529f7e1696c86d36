/** The report screen for supervisors: period picker (plain form), summary, inline-SVG bar charts, export links. */
import { dossierSentences, esc, FONT_FACES, ratingSentences, ratingTables, receivedTable, resolvedTable, ticketSentences, ticketTables } from './html-common';
import type { Report } from './report';
import { formatInt as n } from './vn-format';

const CSS = `${FONT_FACES}
body { font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; }
header { background: #a61c1c; color: #fff; padding: 12px 24px; } header h1 { margin: 0; font-size: 22px; }
main { padding: 16px 24px; max-width: 1200px; } section { background: #fff; border-radius: 8px; padding: 12px 20px; margin-bottom: 16px; }
form { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; } label { display: flex; flex-direction: column; font-size: 14px; }
input, select, button { font: inherit; padding: 6px 8px; } button { background: #a61c1c; color: #fff; border: 0; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { border: 1px solid #ccd; padding: 4px 6px; }
th { background: #eef; } h3 { font-size: 16px; margin: 14px 0 6px; } td.num { text-align: right; } .links a { margin-right: 16px; } svg text { font-family: inherit; font-size: 12px; }`;

interface Bar { label: string; parts: Array<{ value: number; color: string; name: string }> }

/** A horizontal stacked bar chart as inline SVG. */
export function barChart(title: string, bars: Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((a, p) => a + p.value, 0)));
  const rowH = 26;
  const w = 560;
  const rows = bars.map((b, i) => {
    let x = 0;
    const rects = b.parts.map((p) => {
      const width = (p.value / max) * w;
      const r = `<rect x="${220 + x}" y="${i * rowH + 4}" width="${width.toFixed(1)}" height="18" fill="${p.color}"><title>${esc(p.name)}: ${n(p.value)}</title></rect>`;
      x += width;
      return r;
    }).join('');
    const total = b.parts.reduce((a, p) => a + p.value, 0);
    return `<text x="0" y="${i * rowH + 18}">${esc(b.label.slice(0, 32))}</text>${rects}<text x="${226 + x}" y="${i * rowH + 18}">${n(total)}</text>`;
  }).join('');
  const legend = (bars[0]?.parts.length ?? 0) < 2 ? '' : bars[0]!.parts.map((p, i) => `<rect x="${220 + i * 140}" y="${bars.length * rowH + 8}" width="12" height="12" fill="${p.color}"/>` +
    `<text x="${236 + i * 140}" y="${bars.length * rowH + 19}">${esc(p.name)}</text>`).join('');
  return `<figure><figcaption><b>${esc(title)}</b></figcaption><svg role="img" aria-label="${esc(title)}" width="860" height="${bars.length * rowH + 30}">${rows}${legend}</svg></figure>`;
}

/** The screen for a report; `query` is the current query string without the token, `token` is carried in links and the form. */
export function viewPage(r: Report, query: string, token: string | null): string {
  const t = token ? `&token=${encodeURIComponent(token)}` : '';
  const p = r.period;
  const fieldBars = r.dossiers.byField.map((f) => ({ label: f.field, parts: [
    { value: f.early, color: '#2e7d32', name: 'Trước hạn' }, { value: f.onTime, color: '#1565c0', name: 'Đúng hạn' },
    { value: f.late, color: '#c62828', name: 'Quá hạn' }, { value: f.inProgress + f.paused, color: '#9e9e9e', name: 'Chưa giải quyết xong' }] }));
  const hourBars = r.tickets.byHour.map((h) => ({ label: h.name, parts: [
    { value: h.served, color: '#1565c0', name: 'Đã phục vụ' }, { value: h.noShow, color: '#ef6c00', name: 'Vắng mặt' },
    { value: h.issued - h.served - h.noShow, color: '#9e9e9e', name: 'Khác' }] }));
  const ratingBars = r.ratings.total.levels.map((l, i) => ({ label: l.label, parts: [{ value: l.count, color: ['#2e7d32', '#1565c0', '#c62828', '#6a1b9a', '#455a64'][i % 5]!, name: l.label }] }));
  const sel = (k: string) => (p.kind === k ? ' selected' : '');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Báo cáo - ${esc(p.label)}</title><style>${CSS}</style></head><body>
<header><h1>Báo cáo ${esc(p.label)}</h1><div>${esc(r.office)}</div></header><main>
<section><form method="get" action="view">
<label>Kỳ báo cáo<select name="period"><option value="day"${sel('day')}>Ngày</option><option value="month"${sel('month')}>Tháng</option>
<option value="quarter"${sel('quarter')}>Quý</option><option value="year"${sel('year')}>Năm</option><option value="custom"${sel('custom')}>Tùy chọn</option></select></label>
<label>Ngày / tháng / quý / năm<input name="date" value="${esc(p.kind === 'custom' ? '' : p.key)}" placeholder="2026-11, 2026-Q4, 2026"></label>
<label>Từ ngày<input type="date" name="from" value="${esc(p.from)}"></label><label>Đến ngày<input type="date" name="to" value="${esc(p.to)}"></label>
${token ? `<input type="hidden" name="token" value="${esc(token)}">` : ''}<button>Xem</button></form>
<p class="links"><a href="print?${esc(query + t)}">Bản in A4</a><a href="export.csv?${esc(query + t)}">Tải CSV (Excel)</a><a href="export-rfc4180.csv?${esc(query + t)}">Tải CSV (phần mềm, RFC 4180)</a><a href="export.xlsx?${esc(query + t)}">Tải Excel (XLSX)</a><a href="/api/dossiers/import/view?${esc(t.slice(1))}">Nhập hồ sơ từ tệp</a></p></section>
<section><h2>Hồ sơ thủ tục hành chính</h2>${dossierSentences(r.dossiers.total).map((s) => `<p>${esc(s)}</p>`).join('')}
${barChart('Hồ sơ theo lĩnh vực', fieldBars)}${receivedTable(r.dossiers.byField, r.dossiers.total)}${resolvedTable(r.dossiers.byField, r.dossiers.total)}</section>
<section><h2>Đánh giá sự hài lòng</h2>${ratingSentences(r.ratings.total).map((s) => `<p>${esc(s)}</p>`).join('')}${barChart('Phiếu theo mức độ', ratingBars)}${ratingTables(r.ratings)}</section>
<section><h2>Số thứ tự</h2>${ticketSentences(r.tickets.total).map((s) => `<p>${esc(s)}</p>`).join('')}
${barChart('Phiếu theo giờ trong ngày', hourBars)}
${ticketTables(r.tickets)}</section>
</main></body></html>`;
}
