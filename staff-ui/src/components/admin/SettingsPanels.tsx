/** Priorities and policy, notices, device pairing, staff accounts, rating reasons. */
import { useState } from 'preact/hooks';
import type { DeviceIssuedView } from '@motcua/server/contract';
import type { Setup } from '@motcua/server/contract';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.target as HTMLInputElement).value;
const lines = (t: string) => t.split('\n').map((x) => x.trim()).filter(Boolean);

function LinesEditor(props: { title: string; label: string; value: string[]; onSave(v: string[]): void }) {
  const [text, setText] = useState(props.value.join('\n'));
  return (
    <section class="panel">
      <h2>{props.title}</h2>
      <label>{props.label}<textarea rows={8} value={text} onInput={(e) => setText(val(e))} /></label>
      <button class="primary" onClick={() => props.onSave(lines(text))}>Lưu</button>
    </section>
  );
}

/** Notices shown on the wall display (live). */
export function NoticesPanel() {
  const { notices, save } = useStaff().admin;
  return <LinesEditor key={notices.value.join()} title="Thông báo trên màn hình" label="Mỗi dòng một thông báo" value={notices.value}
    onSave={(v) => void save('PUT', '/api/admin/notices', { notices: v })} />;
}

/** Reasons offered for a low rating. */
export function RatingPanel() {
  const { lowReasons, save } = useStaff().admin;
  return <LinesEditor key={lowReasons.value.join()} title="Lý do chưa hài lòng" label="Mỗi dòng một lý do" value={lowReasons.value}
    onSave={(v) => void save('PUT', '/api/admin/rating', { lowReasons: v })} />;
}

/** Priority categories ("mã: tên | English" per line) and the calling policy (the form starts over once the set-up has loaded or changed). */
export function PrioritiesPanel() {
  const { setup } = useStaff().admin;
  const s = setup.value;
  if (!s) return <p>Đang tải…</p>;
  return <PrioritiesForm key={JSON.stringify([s.priorities, s.priorityPolicy])} s={s} />;
}

/** One line of the priorities box: "mã: tên" or "mã: tên | English name" (the kiosk's English mode shows the latter). */
function parsePriorityLine(line: string): { id: string; name: string; nameEn?: string } {
  const [id, ...rest] = line.split(':');
  const [name, ...en] = rest.join(':').split('|');
  const nameEn = en.join('|').trim();
  return { id: id!.trim(), name: (name ?? '').trim(), ...(nameEn ? { nameEn } : {}) };
}

function PrioritiesForm({ s }: { s: Setup }) {
  const { save } = useStaff().admin;
  const [text, setText] = useState(s.priorities.map((p) => `${p.id}: ${p.name}${p.nameEn ? ` | ${p.nameEn}` : ''}`).join('\n'));
  const [n, setN] = useState(s.priorityPolicy.kind === 'interleaved' ? s.priorityPolicy.normalPerPriority : 0);
  const submit = () => void save('PUT', '/api/admin/priorities', {
    priorities: lines(text).map(parsePriorityLine),
    priorityPolicy: n > 0 ? { kind: 'interleaved', normalPerPriority: n } : { kind: 'strict' },
  });
  return (
    <section class="panel">
      <h2>Đối tượng ưu tiên</h2>
      <label>Mỗi dòng "mã: tên | tên tiếng Anh" (tên tiếng Anh có thể bỏ trống)<textarea rows={7} value={text} onInput={(e) => setText(val(e))} /></label>
      <label>Cách gọi: số người thường giữa hai người ưu tiên (0 = luôn gọi người ưu tiên trước)
        <input type="number" min={0} max={20} value={n} onInput={(e) => setN(Number(val(e)))} /></label>
      <button class="primary" onClick={submit}>Lưu</button>
    </section>
  );
}

/** Pair a screen (a new token shown once) or revoke one. */
export function DevicesPanel() {
  const { devices, issuedToken, save, setup } = useStaff().admin;
  const [f, setF] = useState({ id: '', role: 'kiosk', counterId: '' });
  return (
    <section class="panel">
      <h2>Thiết bị đã ghép</h2>
      <ul>{devices.value.map((d) => (
        <li key={d.id}>{d.id} ({d.role}{d.counterId ? `, quầy ${d.counterId}` : ''}) <button onClick={() => void save('DELETE', `/api/admin/devices/${d.id}`, undefined, `Đã thu hồi ${d.id}`)}>Thu hồi</button></li>
      ))}</ul>
      {issuedToken.value && <p class="alert ok" role="status">Mã của {issuedToken.value.id} (chỉ hiện một lần): <code>{issuedToken.value.token}</code></p>}
      <form class="row-form" onSubmit={(e) => {
        e.preventDefault();
        void save<DeviceIssuedView>('POST', '/api/admin/devices', { id: f.id, role: f.role, ...(f.role === 'counter' ? { counterId: f.counterId } : {}) }, 'Đã ghép thiết bị')
          .then((r) => { issuedToken.value = r ? { id: f.id, token: r.token } : null; });
      }}>
        <label>Mã thiết bị <input value={f.id} onInput={(e) => setF({ ...f, id: val(e) })} required /></label>
        <label>Loại <select value={f.role} onChange={(e) => setF({ ...f, role: val(e) })}><option value="kiosk">Ki-ốt</option><option value="display">Màn hình</option><option value="counter">Quầy / đánh giá</option><option value="integration">Phần mềm một cửa (đẩy hồ sơ)</option></select></label>
        {f.role === 'counter' && <label>Quầy <select value={f.counterId} onChange={(e) => setF({ ...f, counterId: val(e) })}><option value="">—</option>{(setup.value?.counters ?? []).map((c) => <option key={c.id} value={c.id}>Quầy số {c.number}</option>)}</select></label>}
        <button type="submit" class="primary">Cấp mã mới</button>
      </form>
    </section>
  );
}

const ROLES: Array<[string, string]> = [['staff', 'Cán bộ'], ['supervisor', 'Giám sát'], ['admin', 'Quản trị']];

/** Staff accounts: add, change role, reset password. */
export function StaffPanel() {
  const { save, staff } = useStaff().admin;
  const [f, setF] = useState({ username: '', name: '', role: 'staff', password: '' });
  return (
    <section class="panel">
      <h2>Tài khoản cán bộ</h2>
      <table>
        <thead><tr><th>Tên đăng nhập</th><th>Họ tên</th><th>Vai trò</th><th>Mật khẩu</th><th>Trạng thái</th></tr></thead>
        <tbody>{staff.value.map((u) => (
          <tr key={u.username}><td>{u.username}</td><td>{u.name}</td>
            <td><select aria-label={`Vai trò của ${u.username}`} value={u.role} onChange={(e) => void save('PUT', `/api/admin/staff/${u.username}`, { role: val(e) })}>{ROLES.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></td>
            <td><button onClick={() => { const p = prompt(`Mật khẩu mới cho ${u.username} (ít nhất 6 ký tự)`); if (p) void save('PUT', `/api/admin/staff/${u.username}`, { password: p }, 'Đã đặt lại mật khẩu'); }}>Đặt lại mật khẩu</button></td>
            <td><button aria-label={`${u.disabled ? 'Mở khoá' : 'Khoá'} tài khoản ${u.username}`} onClick={() => void save('PUT', `/api/admin/staff/${u.username}`, { disabled: !u.disabled }, u.disabled ? 'Đã mở khoá tài khoản' : 'Đã khoá tài khoản')}>{u.disabled ? 'Đã khoá — mở khoá' : 'Khoá'}</button></td></tr>
        ))}</tbody>
      </table>
      <h3>Thêm tài khoản</h3>
      <form class="row-form" onSubmit={(e) => { e.preventDefault(); void save('POST', '/api/admin/staff', f, 'Đã thêm tài khoản'); }}>
        <label>Tên đăng nhập <input value={f.username} onInput={(e) => setF({ ...f, username: val(e) })} required /></label>
        <label>Họ tên <input value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} required /></label>
        <label>Vai trò <select value={f.role} onChange={(e) => setF({ ...f, role: val(e) })}>{ROLES.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
        <label>Mật khẩu <input type="password" value={f.password} onInput={(e) => setF({ ...f, password: val(e) })} required minLength={6} /></label>
        <button type="submit" class="primary">Thêm</button>
      </form>
    </section>
  );
}
