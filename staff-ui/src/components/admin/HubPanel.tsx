/** Gửi số liệu lên tỉnh: the outbox to the province's hub (GET /api/admin/hub-forwarding): last sent, backlog, last error. */
import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import type { HubForwardingView } from '@motcua/server/contract';
import { errorWords, type Session } from '../../model/session';
import { useStaff } from '../../model/staff';
import { formatNumberVi } from '../../../../server/src/contract/numbers';

const state = signal<HubForwardingView | null>(null);
const failed = signal<string | null>(null);

const when = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' });
const at = (ms: number | null) => (ms === null ? 'chưa có' : when.format(ms));

async function refresh(api: Session['api']): Promise<void> {
  const r = await api<HubForwardingView>('GET', '/api/admin/hub-forwarding');
  if (r.ok) { state.value = r.data; failed.value = null; } else failed.value = errorWords(r.error);
}

/** The forwarding state, refreshed every 5 seconds while the tab is open. */
export function HubPanel() {
  const { api } = useStaff().session;
  useEffect(() => {
    void refresh(api);
    const t = setInterval(() => void refresh(api), 5000);
    return () => clearInterval(t);
  }, []);
  const s = state.value;
  return (
    <section class="panel" aria-labelledby="hub-title">
      <h2 id="hub-title">Gửi số liệu lên tỉnh</h2>
      {failed.value && <p class="alert bad" role="alert">{failed.value}</p>}
      {s && !s.configured && <p>Chưa cấu hình máy chủ tổng hợp của tỉnh (mục <code>hub:</code> trong tệp cấu hình). Không có số liệu nào rời khỏi đơn vị.</p>}
      {s?.configured && (
        <>
          {s.lastError ? <p class="alert bad" role="alert">Lỗi gửi gần nhất ({at(s.lastErrorAt)}): {s.lastError}. Số liệu vẫn được giữ lại và sẽ gửi lại.</p>
            : s.backlog === 0 ? <p class="alert ok" role="status">Đã gửi đủ số liệu lên tỉnh.</p>
              : <p class="alert warn" role="status">Đang gửi: còn {formatNumberVi(s.backlog)} mục chờ gửi.</p>}
          <table class="audit">
            <tbody>
              <tr><th scope="row">Mã đơn vị tại tỉnh</th><td>{s.office}</td></tr>
              <tr><th scope="row">Máy chủ tổng hợp</th><td>{s.hubUrl ?? '—'}</td></tr>
              <tr><th scope="row">Lần gửi thành công gần nhất</th><td>{at(s.lastOkAt)}</td></tr>
              <tr><th scope="row">Còn chờ gửi</th><td>{formatNumberVi(s.backlog)} mục{s.oldestPendingAt !== null ? ` (cũ nhất từ ${at(s.oldestPendingAt)})` : ''}</td></tr>
              <tr><th scope="row">Đã gửi đến số</th><td>{formatNumberVi(s.ackedSeq)} / {formatNumberVi(s.lastSeq)}</td></tr>
            </tbody>
          </table>
          <p>Chỉ gửi số liệu thống kê: số thứ tự, đánh giá, tình trạng hồ sơ. Không gửi họ tên, số định danh; cán bộ được gửi dưới dạng mã ẩn danh.</p>
          <button class="primary" disabled={!s.running} onClick={() => void api('POST', '/api/admin/hub-forwarding/send').then(() => setTimeout(() => void refresh(api), 1000))}>Gửi ngay</button>
        </>
      )}
    </section>
  );
}
