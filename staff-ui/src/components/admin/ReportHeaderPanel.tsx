/** The printed report's heading and closing (Nghị định 30/2020/NĐ-CP): office, number, place, recipients, signer. */
import { useEffect, useState } from 'preact/hooks';
import type { ReportHeader } from '@motcua/config/report-header';
import { errorWords } from '../../model/session';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const lines = (t: string) => t.split('\n').map((x) => x.trim()).filter(Boolean);

type TextKey = 'parentOrg' | 'issuer' | 'number' | 'code' | 'place' | 'signerAuthority' | 'signerTitle' | 'signerName';
const FIELDS: Array<[TextKey, string, string]> = [
  ['parentOrg', 'Cơ quan, tổ chức chủ quản (nếu có)', 'UBND HUYỆN ĐÔNG ANH'],
  ['issuer', 'Tên cơ quan ban hành báo cáo (để trống: tên cơ quan trong cấu hình)', 'ỦY BAN NHÂN DÂN XÃ HÒA AN'],
  ['number', 'Số báo cáo (để trống để văn thư điền)', ''],
  ['code', 'Ký hiệu (sau "Số: …/")', 'BC-UBND'],
  ['place', 'Địa danh (trước "ngày … tháng … năm …")', 'Hòa An'],
  ['signerAuthority', 'Quyền hạn ký (TM., KT., Q., TL.)', 'TM. ỦY BAN NHÂN DÂN'],
  ['signerTitle', 'Chức vụ người ký', 'CHỦ TỊCH'],
  ['signerName', 'Họ và tên người ký', 'Nguyễn Văn A'],
];

/** The /admin tab "Mẫu báo cáo". */
export function ReportHeaderPanel() {
  const { admin: { save }, session: { api } } = useStaff();
  const [h, setH] = useState<ReportHeader | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The two lists are edited as text and split into lines on save (so Enter makes a new line).
  const [to, setTo] = useState('');
  const [copies, setCopies] = useState('');
  const show = (x: ReportHeader) => { setH(x); setTo(x.recipients.join('\n')); setCopies(x.copies.join('\n')); };
  useEffect(() => {
    void api<ReportHeader>('GET', '/api/admin/report-header').then((r) => (r.ok ? show(r.data) : setError(errorWords(r.error))));
  }, []);
  if (error) return <p class="alert bad" role="alert">{error}</p>;
  if (!h) return <p>Đang tải…</p>;
  const set = (k: TextKey, v: string) => setH({ ...h, [k]: v });
  const submit = async () => {
    const saved = await save<ReportHeader>('PUT', '/api/admin/report-header', { ...h, recipients: lines(to), copies: lines(copies) });
    if (saved) show(saved);
  };
  return (
    <section class="panel">
      <h2>Mẫu báo cáo (Nghị định 30/2020/NĐ-CP)</h2>
      <p>Phần đầu và phần cuối của bản in A4: tên cơ quan, số và ký hiệu, địa danh, nơi nhận, người ký.</p>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {FIELDS.map(([k, label, hint]) => (
          <label key={k}>{label}<input name={k} value={h[k]} placeholder={hint} onInput={(e) => set(k, val(e))} maxLength={k === 'number' ? 20 : 160} /></label>
        ))}
        <label>Kính gửi (mỗi dòng một nơi)<textarea name="recipients" rows={3} value={to} onInput={(e) => setTo(val(e))} /></label>
        <label>Nơi nhận (mỗi dòng một nơi)<textarea name="copies" rows={4} value={copies} onInput={(e) => setCopies(val(e))} /></label>
        <button type="submit" class="primary">Lưu</button>
        {/* No token in the address: the page cookie /admin sets (path /api/reports) signs the report in. */}
        <a href="/api/reports/print?period=month" target="_blank" rel="noreferrer" class="page-link">Xem bản in tháng này</a>
      </form>
    </section>
  );
}
