/** "Đã hết giờ cấp số buổi này": kiosks stopped issuing before the session ends; those waiting are still served. */
import { useDisplay } from '../model/display';

/** One strip under the header; nothing unless kiosks have stopped issuing in an open session. */
export function StoppedNotice() {
  const n = useDisplay().hours.stoppedNotice.value;
  if (!n) return null;
  return (
    <p class="stopped" role="status" data-state="stopped-issuing">
      <strong>Đã hết giờ cấp số buổi này</strong>
      {n.next ? <> · cấp số lại lúc <strong>{n.next}</strong></> : null} · người đang chờ vẫn được phục vụ
      <span lang="en" class="stopped-en"> · No more numbers this session{n.nextEn ? ` (again at ${n.nextEn})` : ''}</span>
    </p>
  );
}
