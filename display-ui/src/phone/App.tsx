/** The phone page: my number, people ahead, the wait, and the call. */
import { waitWords } from '@motcua/server/contract/wait-words';
import { askPermission, notFound, online, permission, statusText, ticket } from './model';

/** The whole phone view. */
export function App() {
  const t = ticket.value;
  if (notFound.value) {
    return <main class="p"><h1 class="p-missing">Không tìm thấy số thứ tự</h1><p>Vui lòng kiểm tra lại mã QR trên phiếu.</p></main>;
  }
  if (!t) return <main class="p"><p>Đang tải…</p></main>;
  const called = t.status === 'called';
  return (
    <main class={`p ${t.status}`}>
      <p class="p-label">Số thứ tự của bạn</p>
      <h1 class="p-number">{t.number}</h1>
      <p class="p-service">{t.serviceName}{t.priorityName ? ` · ${t.priorityName}` : ''}</p>
      <p class={`p-status${called ? ' p-called' : ''}`} role="status" aria-live="assertive">{statusText.value}</p>
      {t.counter && t.counter.name !== t.serviceName && (called || t.status === 'serving') && <p class="p-counter-name">{t.counter.name}</p>}
      {t.status === 'waiting' && (
        <dl class="p-facts">
          <div><dt>Người trước bạn</dt><dd>{t.ahead}</dd></div>
          <div class={t.mayNotBeCalledToday ? 'p-late' : undefined}><dt>Thời gian chờ dự kiến</dt><dd>{waitWords(t)}</dd></div>
        </dl>
      )}
      {t.status === 'waiting' && permission.value === 'default' && (
        <button type="button" class="p-notify" onClick={() => void askPermission()}>Báo cho tôi khi đến lượt</button>
      )}
      {!online.value && <p class="p-offline" role="alert">Mất kết nối – đang kết nối lại…</p>}
    </main>
  );
}
