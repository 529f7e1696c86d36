/** The "Hồ sơ" tab (supervisors and admins): import a one-door export, check the columns, follow the progress, read every bad row. */
import { useEffect, useRef } from 'preact/hooks';
import { MAPPABLE_FIELDS } from '../../../../server/src/features/dossiers/mapping';
import { FIELD_LABEL, REQUIRED, type Progress } from '../../model/dossier-import';
import { useStaff } from '../../model/staff';

import { formatNumberVi as num } from '../../../../server/src/contract/numbers';

function progressText(p: Progress): string {
  switch (p.phase) {
    case 'reading': return 'Đang đọc tệp…';
    case 'checking': return `Đang kiểm tra: ${num(p.done)} / ${num(p.total)} dòng`;
    case 'writing': return `Đang ghi ${num(p.total)} hồ sơ…`;
    default: return `Đã kiểm tra ${num(p.total)} / ${num(p.total)} dòng`;
  }
}

function Mapping() {
  const { busy, mapping, preview, runImport } = useStaff().dossiers;
  const p = preview.value!;
  return (
    <section class="panel" aria-labelledby="map-title">
      <h2 id="map-title">2. Cột nào là gì</h2>
      <p class="muted">Đã điền sẵn theo tiêu đề cột quen thuộc của phần mềm một cửa. Cột có dấu * là bắt buộc; cột không dùng chọn “Bỏ qua”.</p>
      <table>
        <thead><tr><th scope="col">Cột trong tệp</th><th scope="col">Là</th></tr></thead>
        <tbody id="mapRows">{p.header.map((h, i) => (
          <tr key={`${i}-${h}`}>
            <th scope="row">{h || `(cột ${i + 1} không có tiêu đề)`}</th>
            <td><select aria-label={`Cột “${h || i + 1}” là`} value={mapping.value[i]} onChange={(e) => {
              const next = [...mapping.value]; next[i] = (e.target as HTMLSelectElement).value; mapping.value = next;
            }}>
              <option value="-">Bỏ qua</option>
              {MAPPABLE_FIELDS.map((f) => <option key={f} value={f}>{FIELD_LABEL[f]}{REQUIRED.includes(f) ? ' *' : ''}</option>)}
            </select></td>
          </tr>
        ))}</tbody>
      </table>
      <p><button type="button" class="primary" disabled={busy.value} onClick={() => void runImport()}>Nhập hồ sơ</button></p>
    </section>
  );
}

function Result() {
  const { outcome } = useStaff().dossiers;
  const o = outcome.value;
  if (!o) return null;
  if (o.kind === 'ok') return <p class="alert ok">Đã nhập {num(o.imported)} hồ sơ.</p>;
  if (o.kind === 'refused') return <p class="alert bad">{o.text}</p>;
  return (
    <>
      <p class="alert bad" role="alert">Không nhập hồ sơ nào: {num(o.errors.length)} dòng có lỗi. Sửa các dòng dưới đây trong tệp rồi nhập lại.</p>
      <table id="errors">
        <thead><tr><th>Dòng</th><th>Lỗi</th></tr></thead>
        <tbody>{o.errors.map((e) => <tr key={e.line}><td class="line">Dòng {e.line}</td><td>{e.message}</td></tr>)}</tbody>
      </table>
    </>
  );
}

/** The tab. */
export function DossierImport() {
  const { busy, chooseFile, fileInfo, outcome, preview, progress } = useStaff().dossiers;
  const section = useRef<HTMLElement>(null);
  const p = progress.value;
  const o = outcome.value;
  useEffect(() => { if (p || o) section.current?.scrollIntoView({ block: 'nearest' }); }, [p?.phase, o]);
  return (
    <div class="dossier-import">
      <section class="panel" aria-labelledby="file-title">
        <h2 id="file-title">1. Chọn tệp xuất (CSV hoặc XLSX)</h2>
        <p class="muted">Tệp xuất danh sách hồ sơ của phần mềm một cửa của tỉnh. Dòng đầu tiên có chữ là dòng tiêu đề cột.</p>
        <input id="file" class="sr-only" type="file" disabled={busy.value}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => { const input = e.target as HTMLInputElement; void chooseFile(input.files?.[0] ?? null); }} />
        <label class="pick" for="file">Chọn tệp…</label>
        <p id="fileInfo" class="muted" role="status">{fileInfo.value}</p>
      </section>
      {preview.value && <Mapping />}
      {(p || o) && (
        <section class="panel import-progress" ref={section} aria-labelledby="progress-title">
          <h2 id="progress-title">3. Tiến độ</h2>
          <progress id="bar" max={Math.max(1, p?.total ?? 1)} value={p && p.phase !== 'reading' ? Math.min(p.done, p.total) : 0} aria-labelledby="progressText" />
          <p id="progressText" role="status" aria-live="polite">{p ? progressText(p) : ''}</p>
          <div id="result"><Result /></div>
        </section>
      )}
    </div>
  );
}
