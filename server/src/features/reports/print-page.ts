/**
 * The printable A4 report, worded like the commune reports in the seeds, laid out as Nghị định 30/2020/NĐ-CP sets a
 * report (Times New Roman; heading with "Số: …/BC-…", place and date, "Kính gửi"; "Nơi nhận" and the signer at the foot).
 */
import type { ReportHeader } from '@motcua/config';
import { dossierSentences, esc, FONT_FACES, ratingSentences, ratingTables, receivedTable, resolvedTable, ticketSentences, ticketTables } from './html-common';
import type { Report } from './report';
import { formatDate } from './vn-format';

const CSS = `${FONT_FACES}
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: 'Times New Roman', 'Liberation Serif', 'Be Vietnam Pro', serif; font-size: 13pt; line-height: 1.4; color: #000; margin: 0; }
.head { display: flex; justify-content: space-between; text-align: center; font-size: 13pt; line-height: 1.25; }
.head > div:first-child { width: 43%; font-size: 12pt; } .head > div:last-child { width: 57%; white-space: nowrap; font-size: 12pt; }
.head span, .head b { display: block; } .head .parent { text-transform: uppercase; font-size: 12pt; } .head .issuer { text-transform: uppercase; }
.head .rule { width: 30%; margin: 3pt auto 6pt; border-top: 1px solid #000; } .head .rule.long { width: 62%; }
.head .motto { font-weight: bold; font-size: 13pt; } .head .no { font-size: 13pt; } .head .date { font-style: italic; font-size: 13pt; }
h1 { text-align: center; font-size: 14pt; margin: 18pt 0 2pt; } .sub { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
.to { text-align: center; margin: 6pt 0 10pt; text-indent: 0; } .to span { display: block; }
.period { text-align: center; font-style: italic; margin: 2pt 0 12pt; text-indent: 0; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; } h3 { font-size: 12pt; font-style: italic; margin: 8pt 0 2pt; page-break-after: avoid; } p { margin: 2pt 0; text-align: justify; text-indent: 1cm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 6pt 0; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2pt 4pt; } th { font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; } td:first-child { min-width: 32mm; } tr { page-break-inside: avoid; }
.sign { display: flex; justify-content: space-between; margin-top: 18pt; page-break-inside: avoid; }
.copies { width: 45%; font-size: 11pt; line-height: 1.25; } .copies b { font-size: 12pt; font-style: italic; display: block; }
.copies span { display: block; } .signer { width: 50%; text-align: center; font-weight: bold; } .signer span { display: block; }
.signer .name { margin-top: 64pt; }
@media screen { body { max-width: 210mm; margin: 10mm auto; padding: 0 10mm; } }`;

/** "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 11 năm 2026": a zero before days under 10 and months 1 and 2 (Nghị định 30/2020). */
export function adminDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/** "Kính gửi: X." for one recipient; a list for several. */
function recipients(list: string[]): string {
  if (list.length === 0) return '';
  if (list.length === 1) return `<p class="to">Kính gửi: ${esc(list[0])}.</p>`;
  return `<p class="to">Kính gửi:${list.map((x, i) => `<span>- ${esc(x)}${i === list.length - 1 ? '.' : ';'}</span>`).join('')}</p>`;
}

/** The heading: managing body and issuer with the number top left, the national motto and place/date top right. */
function heading(h: ReportHeader, office: string, today: string): string {
  const issuer = h.issuer || office;
  return `<div class="head"><div>${h.parentOrg ? `<span class="parent">${esc(h.parentOrg)}</span>` : ''}<b class="issuer">${esc(issuer)}</b>
<div class="rule"></div><span class="no">Số: ${esc(h.number || '…………')}/${esc(h.code)}</span></div>
<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span><div class="rule long"></div>
<span class="date">${h.place ? `${esc(h.place)}, ` : ''}${adminDate(today)}</span></div></div>`;
}

/** The foot: "Nơi nhận" on the left, the signer's authority, title and name on the right. */
function closing(h: ReportHeader): string {
  return `<div class="sign"><div class="copies"><b>Nơi nhận:</b>${h.copies.map((c) => `<span>- ${esc(c)}</span>`).join('')}</div>
<div class="signer">${h.signerAuthority ? `<span>${esc(h.signerAuthority)}</span>` : ''}<span>${esc(h.signerTitle)}</span>
<span class="name">${esc(h.signerName)}</span></div></div>`;
}

/** The A4 page for a report; `today` is the report's date, `header` its administrative heading and closing. */
export function printPage(r: Report, today: string, header: ReportHeader): string {
  const d = r.dossiers;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo ${esc(r.period.label)}</title><style>${CSS}</style></head><body>
${heading(header, r.office, today)}
<h1>BÁO CÁO</h1>
<p class="sub">Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính</p>
<p class="period">${esc(r.period.label)} (từ ngày ${formatDate(r.period.from)} đến ngày ${formatDate(r.period.to)})</p>
${recipients(header.recipients)}
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
${closing(header)}
</body></html>`;
}
