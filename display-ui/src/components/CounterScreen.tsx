/** Counter mode: one counter's current number, big, for a small screen above the counter. */
import { useMemo } from 'preact/hooks';
import { useDisplay } from '../model/display';
import { ClosedNotice } from './ClosedNotice';

/** The screen for /display/counter/<counterId>. */
export function CounterScreen({ counterId }: { counterId: string }) {
  const { wall: { counterById, hasSnapshot }, connection: { connected, everConnected, refused } } = useDisplay();
  const c = useMemo(() => counterById(counterId), [counterById, counterId]).value;
  if (!hasSnapshot.value) return <main class="counter-mode"><p class="cm-status">Đang kết nối…</p></main>;
  if (!c) return <main class="counter-mode"><h1 class="cm-title">Không có quầy "{counterId}"</h1></main>;
  return (
    <main class={`counter-mode ${c.status}`}>
      <h1 class="cm-title">Quầy số {c.number}</h1>
      <p class="cm-name">{c.name}</p>
      {c.status === 'paused' ? (
        <p class="cm-paused" data-state="paused">Tạm dừng{c.pauseReason ? <span class="cm-reason">{c.pauseReason}</span> : null}</p>
      ) : c.status === 'closed' ? (
        <p class="cm-paused" data-state="closed">Quầy đóng</p>
      ) : c.current ? (
        <>
          <p class="cm-label">{c.current.status === 'serving' ? 'Đang phục vụ số' : 'Mời số'}</p>
          <p class="cm-number" data-number={c.current.number} aria-live="polite">{c.current.number}</p>
        </>
      ) : (
        <p class="cm-label">Chưa gọi số</p>
      )}
      <ClosedNotice size="counter" />
      {refused.value
        ? <p class="offline" role="alert">Màn hình chưa được ghép nối hoặc mã đã bị thu hồi. Vui lòng báo cán bộ. / Not paired: please tell the staff.</p>
        : everConnected.value && !connected.value && <p class="offline" role="alert">Mất kết nối – đang kết nối lại…</p>}
    </main>
  );
}
