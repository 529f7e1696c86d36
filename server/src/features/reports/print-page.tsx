/**
 * The printable A4 report, worded like the commune reports in the seeds, laid out as Nghị định 30/2020/NĐ-CP sets a
 * report (Times New Roman; heading with "Số: …/BC-…", place and date, "Kính gửi"; "Nơi nhận" and the signer at the foot).
 */
import type { ComponentChildren } from 'preact';
import type { ReportHeader } from '@motcua/config';
import type { Report } from '../../contract/reports';
import { htmlDocument } from '../../http/html-document';
import { RatingTables, ReceivedTable, ResolvedTable, Sentences, TicketTables } from './report-tables';
import { dossierSentences, ratingSentences, ticketSentences } from './sentences';
import { PRINT_CSS_FILE } from './styles';
import { formatDate } from './vn-format';

/** "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 11 năm 2026": a zero before days under 10 and months 1 and 2 (Nghị định 30/2020). */
function adminDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

/** "Kính gửi: X." for one recipient; a list for several. */
function Recipients({ list }: { list: string[] }) {
  if (list.length === 0) return null;
  if (list.length === 1) return <p class="to">Kính gửi: {list[0]}.</p>;
  return <p class="to">Kính gửi:{list.map((x, i) => <span key={i}>- {x}{i === list.length - 1 ? '.' : ';'}</span>)}</p>;
}

/** The heading: managing body and issuer with the number top left, the national motto and place/date top right. */
function Heading({ h, office, today }: { h: ReportHeader; office: string; today: string }) {
  return (
    <div class="head">
      <div>
        {h.parentOrg && <span class="parent">{h.parentOrg}</span>}<b class="issuer">{h.issuer || office}</b>
        <div class="rule"></div><span class="no">Số: {h.number || '…………'}/{h.code}</span>
      </div>
      <div>
        <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span><div class="rule long"></div>
        <span class="date">{h.place ? `${h.place}, ` : ''}{adminDate(today)}</span>
      </div>
    </div>
  );
}

/** The foot: "Nơi nhận" on the left, the signer's authority, title and name on the right. */
function Closing({ h }: { h: ReportHeader }) {
  return (
    <div class="sign">
      <div class="copies"><b>Nơi nhận:</b>{h.copies.map((c, i) => <span key={i}>- {c}</span>)}</div>
      <div class="signer">
        {h.signerAuthority && <span>{h.signerAuthority}</span>}<span>{h.signerTitle}</span>
        <span class="name">{h.signerName}</span>
      </div>
    </div>
  );
}

/** The A4 page as a component; `more` goes before the signatures (the hub's table per office). */
function PrintPage({ r, today, header, more }: { r: Report; today: string; header: ReportHeader; more?: ComponentChildren }) {
  const d = r.dossiers;
  return (
    <html lang="vi">
      <head><meta charset="utf-8" /><title>Báo cáo {r.period.label}</title><link rel="stylesheet" href={PRINT_CSS_FILE} /></head>
      <body>
        <Heading h={header} office={r.office} today={today} />
        <h1>BÁO CÁO</h1>
        <p class="sub">Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính</p>
        <p class="period">{r.period.label} (từ ngày {formatDate(r.period.from)} đến ngày {formatDate(r.period.to)})</p>
        <Recipients list={header.recipients} />
        <h2>I. TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH</h2>
        <Sentences lines={dossierSentences(d.total)} dash />
        <p>- Chi tiết theo lĩnh vực:</p>
        <ReceivedTable byField={d.byField} total={d.total} />
        <ResolvedTable byField={d.byField} total={d.total} />
        <h2>II. KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG</h2>
        <Sentences lines={ratingSentences(r.ratings.total)} dash />
        <RatingTables r={r.ratings} />
        <h2>III. TIẾP NHẬN THEO SỐ THỨ TỰ</h2>
        <Sentences lines={ticketSentences(r.tickets.total)} dash />
        <TicketTables t={r.tickets} />
        {more}
        <Closing h={header} />
      </body>
    </html>
  );
}

/** The A4 page's HTML for a report; `today` is the report's date, `header` its administrative heading and closing. */
export function printPage(r: Report, today: string, header: ReportHeader, more?: ComponentChildren): string {
  return htmlDocument(<PrintPage r={r} today={today} header={header} more={more} />);
}
