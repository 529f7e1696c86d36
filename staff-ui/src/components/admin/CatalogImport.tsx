/** The catalog tab's "Xuất / Nhập danh mục": download the catalog, or load a province's list with progress and every bad row named. */
import { useState } from 'preact/hooks';
import { formatOf, type ImportState } from '../../model/catalog-io';
import { useStaff } from '../../model/staff';

const SHOWN_ERRORS = 200;
const n = (x: number) => x.toLocaleString('vi-VN');
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${n(Math.max(1, Math.round(bytes / 1024)))} KB` : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`);

/** The words and the bar's value (0-100) for where an import is; the upload is the first third, the check the rest. */
function progressOf(s: ImportState): { words: string; value: number } | null {
  switch (s.phase) {
    case 'upload': {
      const pct = s.total ? Math.round((s.done / s.total) * 100) : 0;
      return { words: `Đang tải tệp lên: ${pct}%`, value: pct / 3 };
    }
    case 'reading': return { words: 'Đang đọc tệp…', value: 34 };
    case 'checking': return { words: `Đang kiểm tra: ${n(s.done)} / ${n(s.total)} thủ tục`, value: 34 + (s.total ? (s.done / s.total) * 60 : 0) };
    case 'saving': return { words: `Đang lưu ${n(s.total)} thủ tục…`, value: 97 };
    default: return null;
  }
}

export function CatalogImport() {
  const { downloadCatalog, exportError, importState, uploadCatalog } = useStaff().catalogIo;
  const [file, setFile] = useState<File | null>(null);
  const s = importState.value;
  const busy = progressOf(s) !== null;
  const format = file ? formatOf(file.name) : null;
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    setFile(input.files?.[0] ?? null);
    importState.value = { phase: 'idle' };
    input.value = ''; // choosing the same file again (after fixing it) fires again
  };
  const progress = progressOf(s);
  return (
    <section class="panel catalog-io" aria-labelledby="catalog-io-title">
      <h2 id="catalog-io-title">Xuất / nhập danh mục</h2>
      <div class="row-form">
        <button type="button" onClick={() => void downloadCatalog('json')}>Xuất JSON</button>
        <button type="button" onClick={() => void downloadCatalog('csv')}>Xuất CSV</button>
        <p class="muted">Tệp CSV mở được bằng Excel (UTF-8), mỗi thủ tục một dòng; sửa xong có thể nhập lại.</p>
      </div>
      {exportError.value && <p class="alert bad" role="alert">{exportError.value}</p>}

      <h3>Nhập danh mục</h3>
      <p class="muted">
        Tải lên danh mục thủ tục của tỉnh (tệp .csv hoặc .json, cùng dạng với tệp xuất ở trên). Mọi dòng được kiểm tra trước:
        chỉ cần một dòng sai là không nhập gì. Nhập xong, danh mục mới thay cho toàn bộ danh mục hiện tại (kể cả các thủ tục đã sửa) và các ki-ốt nhận ngay.
      </p>
      <div class="row-form">
        <label class={`file-pick${busy ? ' disabled' : ''}`}>
          <span>{file ? 'Chọn tệp khác' : 'Chọn tệp danh mục (.csv, .json)'}</span>
          <input type="file" class="sr-only" accept=".csv,.json,text/csv,application/json" disabled={busy} onChange={pick} />
        </label>
        {file && <p class="file-name">Tệp: <strong>{file.name}</strong> ({size(file.size)})</p>}
        {file && format && (
          <button type="button" class="primary" disabled={busy} onClick={() => void uploadCatalog(file, format)}>Nhập danh mục từ tệp này</button>
        )}
      </div>
      {file && !format && <p class="alert bad" role="alert">Chỉ nhập được tệp .csv hoặc .json</p>}

      {progress && (
        <div class="import-progress" role="status">
          <progress max={100} value={progress.value} aria-label="Tiến độ nhập danh mục" />
          <p>{progress.words}</p>
        </div>
      )}
      {s.phase === 'done' && <p class="alert ok" role="status">Đã nhập {n(s.imported)} thủ tục. Các ki-ốt đã nhận danh mục mới.</p>}
      {s.phase === 'failed' && <p class="alert bad" role="alert">Không nhập gì: {s.text}</p>}
      {s.phase === 'refused' && (
        <div class="import-errors" role="alert">
          <p class="alert bad">Không nhập gì: tệp có {n(s.errors.length)} lỗi. Sửa các dòng dưới đây rồi nhập lại.</p>
          <ul>
            {s.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}><strong>Dòng {e.line}{e.column ? `, cột ${e.column}` : ''}:</strong> {e.message}</li>
            ))}
          </ul>
          {s.errors.length > SHOWN_ERRORS && <p class="muted">… và {n(s.errors.length - SHOWN_ERRORS)} lỗi khác.</p>}
        </div>
      )}
    </section>
  );
}
