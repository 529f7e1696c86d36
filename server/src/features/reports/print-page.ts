/** The printable A4 report, worded like the commune reports in the seeds (Times New Roman, as Nghị định 30/2020 asks). */
import { dossierSentences, esc, FONT_FACES, ratingSentences, ratingTables, receivedTable, resolvedTable, ticketSentences, ticketTables } from './html-common';
import type { Report } from './report';
import { formatDate } from './vn-format';

const CSS = `${FONT_FACES}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', 'Liberation Serif', 'Be Vietnam Pro', serif; font-size: 13pt; line-height: 1.4; color: #000; margin: 0; }
.head { display: flex; justify-content: space-between; text-align: center; font-size: 12pt; }
.head div:first-child { width: 40%; } .head div:last-child { width: 58%; white-space: nowrap; } .head b { display: block; } .head .motto { text-decoration: underline; font-weight: bold; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 2pt; } .sub { text-align: center; font-weight: bold; margin: 0; }
.period { text-align: center; font-style: italic; margin: 2pt 0 12pt; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; } h3 { font-size: 12pt; font-style: italic; margin: 8pt 0 2pt; page-break-after: avoid; } p { margin: 2pt 0; text-align: justify; text-indent: 1cm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 6pt 0; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2pt 4pt; } th { font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; } td:first-child { min-width: 32mm; } tr { page-break-inside: avoid; }
.sign { display: flex; justify-content: space-between; margin-top: 18pt; text-align: center; page-break-inside: avoid; }
.sign div { width: 45%; } .sign i { display: block; } .sign b { display: block; margin-bottom: 60pt; }
@media screen { body { max-width: 210mm; margin: 10mm auto; padding: 0 10mm; } }`;

/** The A4 page for a report; `today` is the report date printed above the signatures. */
export function printPage(r: Report, today: string): string {
  const d = r.dossiers;
  const [y, m, day] = today.split('-');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo ${esc(r.period.label)}</title><style>${CSS}</style></head><body>
<div class="head"><div><b>${esc(r.office.toUpperCase())}</b><span>Bộ phận Một cửa</span></div>
<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span></div></div>
<h1>BÁO CÁO</h1>
<p class="sub">Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính</p>
<p class="period">${esc(r.period.label)} (từ ngày ${formatDate(r.period.from)} đến ngày ${formatDate(r.period.to)})</p>
<h2>I. TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH</h2>
${dossierSentences(d.total).map((s) => `<p>- ${esc(s)}</p>`).join('\n')}
<p>- Chi tiết theo lĩnh vực:</p>
${receivedTable(d.byField, d.total)}
${resolvedTable(d.byField, d.total)}
<h2>II. KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG</h2>
${ratingSentences(r.ratings.total).map((s) => `<p>- ${esc(s)}</p>`).join('\n')}
${ratingTables(r.ratings)}
<h2>III. TIẾP NHẬN THEO SỐ THỨ TỰ</h2>
${ticketSentences(r.tickets.total).map((s) => `<p>- ${esc(s)}</p>`).join('\n')}
${ticketTables(r.tickets)}
<div class="sign"><div><b>NGƯỜI LẬP BÁO CÁO</b></div>
<div><i>Ngày ${day} tháng ${m} năm ${y}</i><b>THỦ TRƯỞNG ĐƠN VỊ</b></div></div>
</body></html>`;
}
