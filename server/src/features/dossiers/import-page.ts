/**
 * The import page for supervisors and admins (GET /api/dossiers/import/view?token=...): choose a CSV or XLSX
 * export, check the column mapping (pre-filled from the known one-door headings), import while the page polls
 * /api/dossiers/import/status, then read every bad row by its line number. Server-rendered like the report screen.
 */
import { esc, FONT_FACES_ABSOLUTE } from '../reports/html-common';
import { MAPPABLE_FIELDS } from './mapping';
import type { DossierField } from './validate';

/** What each dossier field is called on the page; the starred ones must be mapped. */
export const FIELD_LABEL: Record<DossierField, string> = {
  code: 'Mã hồ sơ', procedureCode: 'Mã thủ tục', procedureName: 'Tên thủ tục', field: 'Lĩnh vực', applicantName: 'Người nộp',
  channel: 'Hình thức nộp', receivedDate: 'Ngày tiếp nhận', dueDate: 'Ngày hẹn trả', status: 'Trạng thái',
  resolvedDate: 'Ngày có kết quả', returnedDate: 'Ngày trả kết quả', note: 'Ghi chú (cần bổ sung)',
};
const REQUIRED: DossierField[] = ['code', 'procedureName', 'receivedDate', 'dueDate', 'status'];

const CSS = `${FONT_FACES_ABSOLUTE}
body { font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 0; background: #f4f6f8; color: #1b2631; font-size: 16px; }
header { background: #a61c1c; color: #fff; padding: 4px 24px; display: flex; align-items: center; justify-content: space-between; }
header h1 { margin: 0; font-size: 22px; } header a { color: #fff; display: inline-flex; align-items: center; min-height: 48px; padding: 0 12px; }
main { padding: 16px 24px; max-width: 1000px; } section { background: #fff; border-radius: 8px; padding: 12px 20px; margin-bottom: 16px; }
h2 { font-size: 18px; margin: 4px 0 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pick { display: inline-flex; align-items: center; min-height: 48px; padding: 0 18px; border: 2px solid #a61c1c; border-radius: 4px; color: #a61c1c; font-weight: 600; cursor: pointer; }
.sr:focus-visible + .pick { outline: 3px solid #1565c0; outline-offset: 2px; } select, button { font: inherit; min-height: 48px; padding: 6px 10px; } select { min-width: 17em; }
button { background: #a61c1c; color: #fff; border: 0; border-radius: 4px; min-width: 160px; cursor: pointer; } button:disabled { background: #999; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccd; padding: 6px 8px; text-align: left; vertical-align: middle; }
th { background: #eef; } td.line { width: 7em; white-space: nowrap; font-variant-numeric: tabular-nums; }
progress { width: 100%; height: 24px; } .hint { color: #455; margin: 4px 0 8px; }
.ok { background: #e6f4ea; color: #1e5631; padding: 10px 14px; border-radius: 4px; font-weight: 600; }
.bad { background: #fdecea; color: #8a1c1c; padding: 10px 14px; border-radius: 4px; font-weight: 600; }
[hidden] { display: none !important; }`;

/** The page; `token` (a supervisor's or admin's) is kept only in the page's script for its own API calls. */
export function importPage(token: string | null): string {
  const fields = MAPPABLE_FIELDS.map((f) => ({ key: f, label: FIELD_LABEL[f] + (REQUIRED.includes(f) ? ' *' : '') }));
  const boot = JSON.stringify({ token, fields, required: REQUIRED.map((f) => ({ key: f, label: FIELD_LABEL[f] })) }).replace(/</g, '\\u003c');
  const reportLink = token ? `/api/reports/view?token=${encodeURIComponent(token)}` : '/api/reports/view';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Nhập hồ sơ từ phần mềm một cửa</title><style>${CSS}</style></head><body>
<header><h1>Nhập hồ sơ từ phần mềm một cửa</h1><a href="${esc(reportLink)}">Báo cáo</a></header><main>
<section><h2>1. Chọn tệp xuất (CSV hoặc XLSX)</h2>
<p class="hint">Tệp xuất danh sách hồ sơ của phần mềm một cửa của tỉnh. Dòng đầu tiên có chữ là dòng tiêu đề cột.</p>
<input id="file" class="sr" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"><label class="pick" for="file">Chọn tệp…</label>
<p id="fileInfo" class="hint" role="status"></p></section>
<section id="mapSection" hidden><h2>2. Cột nào là gì</h2>
<p class="hint">Đã điền sẵn theo tiêu đề cột quen thuộc của phần mềm một cửa. Cột có dấu * là bắt buộc; cột không dùng chọn “Bỏ qua”.</p>
<table><thead><tr><th scope="col">Cột trong tệp</th><th scope="col">Là</th></tr></thead><tbody id="mapRows"></tbody></table>
<p><button id="go" type="button">Nhập hồ sơ</button></p></section>
<section id="progressSection" hidden><h2>3. Tiến độ</h2>
<progress id="bar" max="1" value="0" aria-labelledby="progressText"></progress><p id="progressText" role="status" aria-live="polite"></p>
<div id="result"></div></section>
</main>
<script>
(() => {
  const boot = ${boot};
  const auth = boot.token ? { authorization: 'Bearer ' + boot.token } : {};
  const $ = (id) => document.getElementById(id);
  const num = (n) => String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, '.');
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  let file = null, format = 'csv', header = [], total = 0, polling = null;
  const apiError = async (res) => { try { const b = await res.json(); return (b.error && b.error.message) || ('HTTP ' + res.status); } catch { return 'HTTP ' + res.status; } };
  const showProgress = (p) => {
    if (!p) return;
    const t = p.total || total;
    $('bar').max = Math.max(1, t);
    $('bar').value = p.phase === 'reading' ? 0 : Math.min(p.done, t);
    $('progressText').textContent = p.phase === 'reading' ? 'Đang đọc tệp…'
      : p.phase === 'checking' ? 'Đang kiểm tra: ' + num(p.done) + ' / ' + num(t) + ' dòng'
      : p.phase === 'writing' ? 'Đang ghi ' + num(t) + ' hồ sơ…'
      : p.phase === 'done' ? 'Đã kiểm tra ' + num(t) + ' / ' + num(t) + ' dòng' : '';
  };
  const stopPolling = () => { if (polling) clearInterval(polling); polling = null; };

  $('file').addEventListener('change', async () => {
    file = $('file').files[0] || null;
    $('mapSection').hidden = true; $('progressSection').hidden = true; $('result').replaceChildren();
    if (!file) return;
    format = /\\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
    $('fileInfo').textContent = 'Đang đọc tiêu đề cột…';
    const res = await fetch('/api/dossiers/import/preview?format=' + format, { method: 'POST', headers: auth, body: file });
    if (!res.ok) { $('fileInfo').textContent = 'Không đọc được tệp: ' + await apiError(res); return; }
    const p = await res.json();
    header = p.header; total = p.rows;
    $('fileInfo').textContent = file.name + ': ' + num(p.rows) + ' dòng hồ sơ, ' + header.length + ' cột (tiêu đề ở dòng ' + p.headerLine + ').';
    const rows = header.map((h, i) => {
      const tr = el('tr'); const th = el('th', h || '(cột ' + (i + 1) + ' không có tiêu đề)'); th.scope = 'row';
      const sel = el('select'); sel.dataset.col = String(i); sel.setAttribute('aria-label', 'Cột “' + (h || i + 1) + '” là');
      sel.append(el('option', 'Bỏ qua'));
      sel.firstChild.value = '-';
      for (const f of boot.fields) { const o = el('option', f.label); o.value = f.key; sel.append(o); }
      sel.value = p.guess[i] || '-';
      const td = el('td'); td.append(sel); tr.append(th, td); return tr;
    });
    $('mapRows').replaceChildren(...rows);
    $('mapSection').hidden = false;
    $('go').disabled = false;
  });

  $('go').addEventListener('click', async () => {
    const chosen = [...document.querySelectorAll('#mapRows select')].map((s) => s.value);
    const problems = [];
    for (const r of boot.required) if (!chosen.includes(r.key)) problems.push('chưa chọn cột ' + r.label);
    for (const f of boot.fields) if (chosen.filter((c) => c === f.key).length > 1) problems.push('nhiều cột cùng là ' + f.label.replace(' *', ''));
    const result = $('result'); result.replaceChildren();
    $('progressSection').hidden = false;
    const reveal = () => $('progressSection').scrollIntoView({ block: 'nearest' });
    reveal();
    if (problems.length) { $('progressText').textContent = ''; result.append(el('p', 'Chưa nhập được: ' + problems.join('; ') + '.', 'bad')); reveal(); return; }
    const mapping = {}; header.forEach((h, i) => { mapping[h] = chosen[i]; });
    $('go').disabled = true; $('file').disabled = true;
    showProgress({ phase: 'reading', done: 0, total });
    polling = setInterval(async () => {
      try { const r = await fetch('/api/dossiers/import/status', { headers: auth }); if (r.ok && polling) { const p = await r.json(); if (p.phase !== 'idle' && p.phase !== 'done') showProgress(p); } } catch {}
    }, 150);
    try {
      const res = await fetch('/api/dossiers/import?format=' + format + '&mapping=' + encodeURIComponent(JSON.stringify(mapping)), { method: 'POST', headers: auth, body: file });
      stopPolling();
      if (res.status !== 200 && res.status !== 422) { $('progressText').textContent = ''; result.append(el('p', 'Không nhập được: ' + await apiError(res), 'bad')); return; }
      const r = await res.json();
      if (r.errors.length === 0) {
        showProgress({ phase: 'done', done: r.total, total: r.total });
        result.append(el('p', 'Đã nhập ' + num(r.imported) + ' hồ sơ.', 'ok'));
        reveal();
        return;
      }
      $('bar').value = 0; $('progressText').textContent = 'Đã kiểm tra ' + num(r.total) + ' dòng.';
      const bad = el('p', 'Không nhập hồ sơ nào: ' + num(r.errors.length) + ' dòng có lỗi. Sửa các dòng dưới đây trong tệp rồi nhập lại.', 'bad');
      bad.setAttribute('role', 'alert');
      const table = el('table'); table.id = 'errors';
      const head = el('tr'); head.append(el('th', 'Dòng'), el('th', 'Lỗi')); table.append(el('thead')); table.firstChild.append(head);
      const body = el('tbody');
      for (const e of r.errors) { const tr = el('tr'); tr.append(el('td', 'Dòng ' + e.line, 'line'), el('td', e.message)); body.append(tr); }
      table.append(body); result.append(bad, table); reveal();
    } catch (e) {
      stopPolling(); result.append(el('p', 'Mất kết nối với máy chủ: ' + e.message, 'bad'));
    } finally { $('go').disabled = false; $('file').disabled = false; }
  });
})();
</script></body></html>`;
}
