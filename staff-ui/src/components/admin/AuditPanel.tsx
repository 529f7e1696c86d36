/** Nhật ký thay đổi: who changed which setting, and when (GET /api/admin/audit). */
import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { AuditEntry } from '@motcua/server/contract';
import { errorWords } from '../../model/session';
import { useStaff } from '../../model/staff';

const entries = signal<AuditEntry[] | null>(null);
const failed = signal<string | null>(null);

const when = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' });

/** The latest admin changes, newest first. */
export function AuditPanel() {
  const { api } = useStaff().session;
  useEffect(() => {
    void api<AuditEntry[]>('GET', '/api/admin/audit').then((r) => {
      if (r.ok) { entries.value = r.data; failed.value = null; } else failed.value = errorWords(r.error);
    });
  }, []);
  return (
    <section class="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">Nhật ký thay đổi</h2>
      {failed.value && <p class="alert bad" role="alert">{failed.value}</p>}
      {entries.value?.length === 0 && <p>Chưa có thay đổi nào.</p>}
      {!!entries.value?.length && (
        <table class="audit">
          <thead><tr><th scope="col">Thời gian</th><th scope="col">Người thay đổi</th><th scope="col">Nội dung</th></tr></thead>
          <tbody>{entries.value.map((e, i) => <tr key={i}><td>{when.format(e.at)}</td><td>{e.by}</td><td>{e.what}</td></tr>)}</tbody>
        </table>
      )}
    </section>
  );
}
