/** The admin's catalog tab: the procedure list (searched on the server), the procedure being edited, and saving it. */
import { signal } from '@preact/signals';
import type { CatalogListRow, CatalogListView, Field, Procedure } from '@motcua/server/contract';
import type { AdminModel } from './admin';
import { errorWords, type Session } from './session';

export type { Field, Procedure };

/** The catalog tab's model: the admin page's message and save, the session's REST calls. */
export function createCatalogEditor({ message, save }: Pick<AdminModel, 'message' | 'save'>, { api }: Pick<Session, 'api'>) {
  const fields = signal<Field[]>([]);
  const rows = signal<CatalogListRow[]>([]);
  const total = signal(0);
  const search = signal({ q: '', field: '' });
  /** The procedure open in the editor; `isNew` for one being added. */
  const editing = signal<{ procedure: Procedure; isNew: boolean } | null>(null);

  /** Lists the procedures matching the search. */
  async function loadCatalogRows(): Promise<void> {
    const { q, field } = search.value;
    const qs = new URLSearchParams({ ...(q.trim() ? { q: q.trim() } : {}), ...(field ? { field } : {}) });
    const r = await api<CatalogListView>('GET', `/api/admin/catalog?${qs}`);
    if (!r.ok) { message.value = { ok: false, text: errorWords(r.error) }; return; }
    fields.value = r.data.fields;
    rows.value = r.data.procedures;
    total.value = r.data.total;
  }

  /** Opens a procedure in the editor. */
  async function openProcedure(code: string): Promise<void> {
    const r = await api<Procedure>('GET', `/api/admin/catalog/procedures/${encodeURIComponent(code)}`);
    if (r.ok) editing.value = { procedure: r.data, isNew: false };
    else message.value = { ok: false, text: errorWords(r.error) };
  }

  /** Opens an empty procedure in the editor. */
  function newProcedure(serviceId: string): void {
    editing.value = {
      isNew: true,
      procedure: {
        code: '', name: '', field: fields.value[0]?.id ?? '', level: 'Cấp xã', agency: '', serviceId,
        timeLimit: { text: '' }, fee: { text: 'Không' }, documents: [], steps: [], channels: ['direct'], legalBasis: [], result: '', keywords: [],
      },
    };
  }

  /** Saves the procedure in the editor (adds it when new); the editor closes on success. */
  async function saveProcedure(p: Procedure): Promise<boolean> {
    const isNew = editing.value?.isNew ?? false;
    const r = isNew
      ? await save<Procedure>('POST', '/api/admin/catalog/procedures', p, `Đã thêm thủ tục ${p.code}`)
      : await save<Procedure>('PUT', `/api/admin/catalog/procedures/${encodeURIComponent(p.code)}`, p, `Đã lưu thủ tục ${p.code}`);
    if (r) { editing.value = null; await loadCatalogRows(); }
    return r !== null;
  }

  /** Deletes a procedure from the kiosks' catalog. */
  async function deleteProcedure(code: string): Promise<void> {
    const r = await save('DELETE', `/api/admin/catalog/procedures/${encodeURIComponent(code)}`, undefined, `Đã xoá thủ tục ${code}`);
    if (r) { editing.value = null; await loadCatalogRows(); }
  }

  /** Adds a field (lĩnh vực) or renames one; the list reloads on success. */
  async function saveField(f: Field, isNew: boolean): Promise<boolean> {
    const body = { id: f.id.trim(), name: f.name.trim(), ...(f.nameEn?.trim() ? { nameEn: f.nameEn.trim() } : {}) };
    const r = isNew
      ? await save<Field>('POST', '/api/admin/catalog/fields', body, `Đã thêm lĩnh vực ${body.name}`)
      : await save<Field>('PUT', `/api/admin/catalog/fields/${encodeURIComponent(body.id)}`, body, `Đã lưu lĩnh vực ${body.name}`);
    if (r) await loadCatalogRows();
    return r !== null;
  }

  return { fields, rows, total, search, editing, loadCatalogRows, openProcedure, newProcedure, saveProcedure, deleteProcedure, saveField };
}

export type CatalogEditor = ReturnType<typeof createCatalogEditor>;
