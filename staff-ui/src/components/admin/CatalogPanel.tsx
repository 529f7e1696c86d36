/** The procedure catalog: search, edit one (name, field, time limit, fee, documents, steps, legal basis, queue), add, delete; import and export it. */
import { useEffect, useState } from 'preact/hooks';
import { FieldsSection } from './FieldsSection';
import { CatalogImport } from './CatalogImport';
import type { Procedure } from '../../model/catalog';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const lines = (t: string) => t.split('\n').map((x) => x.trim()).filter(Boolean);
const optNumber = (t: string) => (t.trim() === '' ? undefined : Number(t));
const SHOWN = 40;

const FORMS: Array<[Procedure['documents'][number]['form'], string]> = [
  ['original', 'Bản chính'], ['copy', 'Bản sao'], ['certifiedCopy', 'Bản sao có chứng thực'],
  ['originalOrCopy', 'Bản chính hoặc bản sao có chứng thực'], ['present', 'Xuất trình bản chính'],
];
const CHANNELS: Array<[Procedure['channels'][number], string]> = [['direct', 'Trực tiếp'], ['online', 'Trực tuyến'], ['postal', 'Bưu chính công ích']];

/** The list with its search, or the editor when a procedure is open. */
export function CatalogPanel() {
  const { admin: { setup }, catalog: { editing, fields, loadCatalogRows, newProcedure, openProcedure, rows, search, total } } = useStaff();
  useEffect(() => { void loadCatalogRows(); }, []);
  if (editing.value) return <ProcedureEditor key={editing.value.procedure.code || 'new'} />;
  const fieldName = (id: string) => fields.value.find((f) => f.id === id)?.name ?? id;
  const serviceName = (id: string) => setup.value?.services.find((s) => s.id === id)?.name ?? id;
  const find = (next: Partial<typeof search.value>) => { search.value = { ...search.value, ...next }; void loadCatalogRows(); };
  return (
    <>
    <section class="panel">
      <h2>Danh mục thủ tục ({total.value})</h2>
      <form class="row-form" role="search" onSubmit={(e) => { e.preventDefault(); void loadCatalogRows(); }}>
        <label>Tìm thủ tục (tên, mã, từ khoá) <input type="search" value={search.value.q} onInput={(e) => find({ q: val(e) })} /></label>
        <label>Lĩnh vực <select value={search.value.field} onChange={(e) => find({ field: val(e) })}>
          <option value="">Tất cả</option>{fields.value.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select></label>
        <button type="button" class="primary" onClick={() => newProcedure(setup.value?.services[0]?.id ?? '')}>Thêm thủ tục</button>
      </form>
      <table>
        <thead><tr><th>Mã</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Hàng đợi</th><th><span class="sr-only">Sửa</span></th></tr></thead>
        <tbody>{rows.value.slice(0, SHOWN).map((p) => (
          <tr key={p.code}><td>{p.code}</td><td>{p.name}{p.edited && <span class="tag">đã sửa</span>}</td><td>{fieldName(p.field)}</td><td>{serviceName(p.serviceId)}</td>
            <td><button aria-label={`Sửa ${p.code}`} onClick={() => void openProcedure(p.code)}>Sửa</button></td></tr>
        ))}</tbody>
      </table>
      {rows.value.length > SHOWN && <p class="muted">Còn {rows.value.length - SHOWN} thủ tục nữa: gõ thêm chữ để tìm.</p>}
      {!rows.value.length && <p class="muted">Không có thủ tục nào khớp.</p>}
    </section>
    <FieldsSection />
    <CatalogImport />
    </>
  );
}

function Documents(props: { value: Procedure['documents']; onChange(v: Procedure['documents']): void }) {
  const set = (i: number, d: Partial<Procedure['documents'][number]>) => props.onChange(props.value.map((x, k) => (k === i ? { ...x, ...d } : x)));
  return (
    <fieldset>
      <legend>Thành phần hồ sơ</legend>
      {props.value.map((d, i) => (
        <div class="row-form" key={i}>
          <label>Giấy tờ {i + 1} <input value={d.name} onInput={(e) => set(i, { name: val(e) })} required /></label>
          <label>Loại <select value={d.form} onChange={(e) => set(i, { form: val(e) as typeof d.form })}>{FORMS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
          <label>Số lượng <input type="number" min={1} max={20} value={d.count} onInput={(e) => set(i, { count: Number(val(e)) })} /></label>
          <button type="button" aria-label={`Bỏ giấy tờ ${i + 1}`} onClick={() => props.onChange(props.value.filter((_, k) => k !== i))}>Bỏ</button>
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...props.value, { name: '', form: 'original', count: 1 }])}>Thêm giấy tờ</button>
    </fieldset>
  );
}

/** The form for one procedure; the server validates it with the catalog's schema and names what is wrong. */
function ProcedureEditor() {
  const { admin: { message, setup }, catalog: { deleteProcedure, editing, fields, saveProcedure } } = useStaff();
  const { procedure, isNew } = editing.value!;
  const [p, setP] = useState(procedure);
  const [text, setText] = useState({ steps: procedure.steps.join('\n'), legal: procedure.legalBasis.join('\n'), keywords: procedure.keywords.join('\n'),
    days: procedure.timeLimit.workingDays?.toString() ?? '', vnd: procedure.fee.amountVnd?.toString() ?? '' });
  const set = (x: Partial<Procedure>) => setP({ ...p, ...x });
  const submit = (e: Event) => {
    e.preventDefault();
    const days = optNumber(text.days), vnd = optNumber(text.vnd);
    void saveProcedure({
      ...p, steps: lines(text.steps), legalBasis: lines(text.legal), keywords: lines(text.keywords),
      timeLimit: { text: p.timeLimit.text, ...(days !== undefined ? { workingDays: days } : {}) },
      fee: { text: p.fee.text, ...(vnd !== undefined ? { amountVnd: vnd } : {}) },
    });
  };
  return (
    <section class="panel">
      <h2>{isNew ? 'Thêm thủ tục' : `Sửa thủ tục ${p.code}`}</h2>
      <form class="editor" onSubmit={submit}>
        <div class="row-form">
          <label>Mã thủ tục <input value={p.code} readOnly={!isNew} onInput={(e) => set({ code: val(e).trim() })} required placeholder="1.001193 hoặc XA-..." /></label>
          <label>Lĩnh vực <select value={p.field} onChange={(e) => set({ field: val(e) })}>{fields.value.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}</select></label>
          <label>Hàng đợi lấy số <select value={p.serviceId} onChange={(e) => set({ serviceId: val(e) })}>{(setup.value?.services ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</select></label>
        </div>
        <label>Tên thủ tục <textarea rows={2} value={p.name} onInput={(e) => set({ name: val(e) })} required /></label>
        <div class="row-form">
          <label>Cấp thực hiện <input value={p.level} onInput={(e) => set({ level: val(e) })} required /></label>
          <label>Cơ quan thực hiện <input value={p.agency} onInput={(e) => set({ agency: val(e) })} required /></label>
        </div>
        <div class="row-form">
          <label>Thời hạn giải quyết <input value={p.timeLimit.text} onInput={(e) => set({ timeLimit: { ...p.timeLimit, text: val(e) } })} required /></label>
          <label>Số ngày làm việc <input type="number" min={0} max={365} value={text.days} onInput={(e) => setText({ ...text, days: val(e) })} /></label>
        </div>
        <div class="row-form">
          <label>Phí, lệ phí <input value={p.fee.text} onInput={(e) => set({ fee: { ...p.fee, text: val(e) } })} required /></label>
          <label>Mức phí (đồng) <input type="number" min={0} value={text.vnd} onInput={(e) => setText({ ...text, vnd: val(e) })} /></label>
        </div>
        <Documents value={p.documents} onChange={(documents) => set({ documents })} />
        <label>Trình tự thực hiện (mỗi dòng một bước) <textarea rows={5} value={text.steps} onInput={(e) => setText({ ...text, steps: val(e) })} /></label>
        <label>Căn cứ pháp lý (mỗi dòng một văn bản) <textarea rows={4} value={text.legal} onInput={(e) => setText({ ...text, legal: val(e) })} /></label>
        <fieldset><legend>Cách thức nộp</legend>{CHANNELS.map(([k, l]) => (
          <label key={k} class="check"><input type="checkbox" checked={p.channels.includes(k)}
            onChange={() => set({ channels: p.channels.includes(k) ? p.channels.filter((c) => c !== k) : [...p.channels, k] })} /> {l}</label>
        ))}</fieldset>
        <label>Kết quả <input value={p.result} onInput={(e) => set({ result: val(e) })} required /></label>
        <label>Từ khoá tìm kiếm (mỗi dòng một từ) <textarea rows={3} value={text.keywords} onInput={(e) => setText({ ...text, keywords: val(e) })} /></label>
        {/* The refusal also shows here, next to the button pressed (the page's message is at the top). */}
        {message.value && !message.value.ok && <p class="alert bad">{message.value.text}</p>}
        <div class="row-form">
          <button type="submit" class="primary">{isNew ? 'Thêm thủ tục này' : 'Lưu thủ tục'}</button>
          <button type="button" onClick={() => { editing.value = null; }}>Quay lại danh sách</button>
          {!isNew && <button type="button" class="danger" onClick={() => { if (confirm(`Xoá thủ tục ${p.code} khỏi ki-ốt?`)) void deleteProcedure(p.code); }}>Xoá thủ tục</button>}
        </div>
      </form>
    </section>
  );
}
