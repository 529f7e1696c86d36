/** The "Phiên" tab (admins): who is signed in, since when and from where; end a session (its screens sign out at once). */
import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { SessionView } from '@motcua/server/contract';
import type { Session } from '../../model/session';
import { useStaff } from '../../model/staff';

const sessions = signal<SessionView[]>([]);
const ROLE: Record<string, string> = { staff: 'cán bộ', supervisor: 'giám sát', admin: 'quản trị' };
const time = (ms: number) => new Date(ms).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' });

async function reload(api: Session['api']): Promise<void> {
  const r = await api<SessionView[]>('GET', '/api/admin/sessions');
  if (r.ok) sessions.value = r.data;
}

export function SessionsPanel() {
  const { admin: { save }, session: { api } } = useStaff();
  useEffect(() => { void reload(api); }, []);
  return (
    <section class="panel">
      <h2>Phiên đăng nhập</h2>
      <p class="muted">Kết thúc một phiên: màn hình đang dùng phiên đó đăng xuất ngay. Đổi mật khẩu, đổi vai trò hoặc khoá tài khoản cũng kết thúc mọi phiên của tài khoản.</p>
      <table>
        <thead><tr><th>Tài khoản</th><th>Vai trò</th><th>Đăng nhập lúc</th><th>Hết hạn</th><th>Từ máy</th><th></th></tr></thead>
        <tbody>{sessions.value.map((s) => (
          <tr key={s.id}>
            <td>{s.name} ({s.username})</td><td>{ROLE[s.role] ?? s.role}</td><td>{time(s.createdAt)}</td><td>{time(s.expiresAt)}</td>
            <td title={s.userAgent}>{s.ip || '—'}</td>
            <td><button onClick={async () => { await save('DELETE', `/api/admin/sessions/${s.id}`, undefined, 'Đã kết thúc phiên'); await reload(api); }}
              aria-label={`Kết thúc phiên của ${s.username} từ ${time(s.createdAt)}`}>Kết thúc</button></td>
          </tr>
        ))}</tbody>
      </table>
      {sessions.value.length === 0 && <p class="muted">Không có phiên nào.</p>}
    </section>
  );
}
