/**
 * The province's report as the A4 page and the screen: the office's own pages (server/src/features/reports), with the
 * province's heading, its scope kept in the form, a link to the board, and a line per office when there are several.
 */
import { printPage } from '../../server/src/features/reports/print-page';
import { Table } from '../../server/src/features/reports/report-tables';
import { viewPage } from '../../server/src/features/reports/view-page';
import { formatInt as n, formatPct as pct } from '../../server/src/features/reports/vn-format';
import { reportHeaderSchema, type ReportHeader } from '../../config/src/report-header';
import type { ProvinceReport } from './contract';
import { HEADER, several, TITLE } from './report-files';

/** The per-office table (nothing for one office's own report). */
function OfficesTable({ p }: { p: ProvinceReport }) {
  if (!several(p)) return null;
  const rows = p.offices.map((o) => [o.code, o.name, o.district, n(o.issued), n(o.served), n(o.noShow), n(o.ratings), pct(o.satisfiedPct),
    n(o.received), n(o.toHandle), n(o.resolved), pct(o.earlyOrOnTimePct), n(o.inProgress)]);
  return <Table title={TITLE} cls="offices" header={HEADER} rows={rows} />;
}

/** The province's heading when none is given: the provincial centre signs what the hub prints. */
const PROVINCE_HEADER = reportHeaderSchema.parse({
  issuer: process.env.MOTCUA_HUB_ISSUER ?? 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH', signerAuthority: '', signerTitle: 'GIÁM ĐỐC', code: 'BC-TTPVHCC',
});

/** The A4 page: the office's, with the per-office table before the signatures. */
export function provincePrint(p: ProvinceReport, today: string, header: ReportHeader = PROVINCE_HEADER): string {
  return printPage(p.report, today, header, several(p) && <><h2>IV. KẾT QUẢ THEO ĐƠN VỊ</h2><OfficesTable p={p} /></>);
}

/** The screen: the office's, keeping the scope in its form and links, the board instead of the office-only dossier import. */
export function provinceView(p: ProvinceReport, scope: Record<string, string>, query: string, token: string | null): string {
  return viewPage(p.report, query, token, {
    hidden: scope,
    lastLink: { href: `/board${token ? `?token=${encodeURIComponent(token)}` : ''}`, label: 'Bảng theo dõi các đơn vị' },
    more: several(p) && <section><h2>{TITLE}</h2><OfficesTable p={p} /></section>,
  });
}
