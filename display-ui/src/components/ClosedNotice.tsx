/** "Ngoài giờ làm việc" and when the office opens again: big on the wall, one line on a counter screen. */
import { useDisplay } from '../model/display';

/** Keeps "thứ Ba" / "Chủ nhật" on one line when the sentence wraps. */
const keepWeekday = (text: string) => text.replace(/(thứ|Chủ) /g, '$1\u00a0');

/** Nothing while the office is open; `size` picks the wall panel or the counter screen's small line. */
export function ClosedNotice({ size }: { size: 'wall' | 'compact' | 'counter' }) {
  const n = useDisplay().hours.closedNotice.value;
  if (!n) return null;
  return (
    <section class={`oc oc-${size}`} data-state="closed-office" aria-labelledby={`oc-title-${size}`}>
      <h2 id={`oc-title-${size}`} class="oc-title">Ngoài giờ làm việc</h2>
      {n.reason && <p class="oc-reason">{n.reason}</p>}
      {n.next && <p class="oc-next">Mở cửa lại lúc <strong>{keepWeekday(n.next)}</strong></p>}
      <p class="oc-en" lang="en">
        Outside office hours{n.reasonEn ? ` (${n.reasonEn.toLowerCase()})` : ''}{n.nextEn ? ` · opens again at ${n.nextEn}` : ''}
      </p>
    </section>
  );
}
