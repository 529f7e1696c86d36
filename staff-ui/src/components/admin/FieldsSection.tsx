/** The catalog's fields (lĩnh vực): rename one, or add one for a province's own list. */
import { useState } from 'preact/hooks';
import type { Field } from '../../model/catalog';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;

function FieldRow({ field }: { field: Field }) {
  const { saveField } = useStaff().catalog;
  const [f, setF] = useState(field);
  const changed = f.name !== field.name || (f.nameEn ?? '') !== (field.nameEn ?? '');
  return (
    <form class="row-form" onSubmit={(e) => { e.preventDefault(); void saveField(f, false); }}>
      <label>Tên lĩnh vực ({field.id}) <input value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} required /></label>
      <label>Tên tiếng Anh <input value={f.nameEn ?? ''} onInput={(e) => setF({ ...f, nameEn: val(e) })} /></label>
      <button type="submit" disabled={!changed} aria-label={`Lưu lĩnh vực ${field.id}`}>Lưu</button>
    </form>
  );
}

/** The list of fields with a rename form each, and a form to add one. */
export function FieldsSection() {
  const { fields, saveField } = useStaff().catalog;
  const [f, setF] = useState<Field>({ id: '', name: '', nameEn: '' });
  return (
    <section class="panel" aria-labelledby="fields-title">
      <h2 id="fields-title">Lĩnh vực ({fields.value.length})</h2>
      {fields.value.map((x) => <FieldRow key={`${x.id}:${x.name}:${x.nameEn ?? ''}`} field={x} />)}
      <form class="row-form" onSubmit={(e) => { e.preventDefault(); void saveField(f, true).then((ok) => { if (ok) setF({ id: '', name: '', nameEn: '' }); }); }}>
        <label>Mã lĩnh vực mới <input value={f.id} onInput={(e) => setF({ ...f, id: val(e) })} pattern="[a-z0-9][a-z0-9_\-]{0,39}" required /></label>
        <label>Tên <input value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} required /></label>
        <label>Tên tiếng Anh <input value={f.nameEn ?? ''} onInput={(e) => setF({ ...f, nameEn: val(e) })} /></label>
        <button type="submit" class="primary">Thêm lĩnh vực</button>
      </form>
    </section>
  );
}
