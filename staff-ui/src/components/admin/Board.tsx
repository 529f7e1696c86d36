/** The supervisor board: per service waiting and longest wait, per counter state and today's count, device health, ratings. */
import { formatPct } from '../../../../server/src/contract/numbers';
import { waitCell } from '@motcua/server/contract/wait-words';
import type { CounterView } from '@motcua/server/contract';
import { elapsed, minutesSince } from '../../model/clock';
import { useStaff } from '../../model/staff';
import { deviceWords } from '../../model/devices';
import { PublicUrlWarning } from './PublicUrlWarning';

function counterState(c: CounterView, now: number): { text: string; cls: string } {
  if (c.status === 'closed') return { text: 'Đóng', cls: 'muted' };
  if (c.status === 'paused') return { text: `Tạm dừng: ${c.pauseReason ?? ''}`, cls: 'warn' };
  if (c.current) return { text: `Đang phục vụ ${c.current.number} (${elapsed(c.current.calledAt, now)})`, cls: 'ok' };
  return { text: 'Đang rảnh', cls: 'idle' };
}

/** The live board. */
export function Board() {
  const { snapshot, clock, admin: { holidayGaps, holidaysChecked, summary } } = useStaff();
  const now = clock.now.value;
  const s = snapshot.value;
  if (!s) return <p>Đang kết nối…</p>;
  const waiting = s.waiting ?? [];
  return (
    <div class="board" data-holidays-checked={holidaysChecked.value ? 'true' : undefined}>
      <PublicUrlWarning />
      {holidayGaps.value.length > 0 && (
        <section class="panel holiday-gaps" role="alert">
          <h2>⚠ Lịch nghỉ lễ chưa đủ</h2>
          <ul>{holidayGaps.value.map((g) => <li key={`${g.year}-${g.name}`}>{g.message}</li>)}</ul>
          <p>Thêm các ngày này (và ngày nghỉ bù theo thông báo của Chính phủ) vào <code>hours.holidays</code> trong tệp cấu hình,
            rồi khởi động lại máy chủ. Khi đủ ngày, ki-ốt không cấp số vào ngày nghỉ và báo cáo tính đúng hạn giải quyết hồ sơ.</p>
        </section>
      )}
      <section class="panel wide">
        <h2>Lĩnh vực</h2>
        <table>
          <thead><tr><th>Lĩnh vực</th><th>Đang chờ</th><th>Chờ lâu nhất</th><th>Ước tính</th><th>Quầy mở</th></tr></thead>
          <tbody>{s.services.map((sv) => {
            const oldest = waiting.filter((t) => t.serviceId === sv.id).reduce((m, t) => Math.min(m, t.issuedAt), Infinity);
            return <tr key={sv.id}><td>{sv.name}{!sv.enabled && ' (tạm ngừng)'}</td><td>{sv.waiting}</td><td>{Number.isFinite(oldest) ? `${minutesSince(oldest, now)} phút` : '—'}</td><td>{waitCell(sv, 'quá giờ làm việc').text}</td><td>{sv.openCounters}</td></tr>;
          })}</tbody>
        </table>
      </section>
      <section class="panel wide">
        <h2>Quầy</h2>
        <table>
          <thead><tr><th>Quầy</th><th>Trạng thái</th><th>Cán bộ</th><th>Đã phục vụ hôm nay</th></tr></thead>
          <tbody>{s.counters.map((c) => {
            const st = counterState(c, now);
            return <tr key={c.id} data-testid={`board-${c.id}`}><td>Quầy số {c.number} — {c.name}</td><td class={`state ${st.cls}`}>{st.text}</td><td class="who">{c.staff?.name ?? '—'}</td><td>{c.servedToday}</td></tr>;
          })}</tbody>
        </table>
      </section>
      <section class="panel">
        <h2>Thiết bị</h2>
        {(s.devices ?? []).length === 0 ? <p>Không có thiết bị nào được cấu hình.</p>
          : <ul>{(s.devices ?? []).map((d) => <li key={d.id} class={d.state === 'ready' ? 'ok' : 'bad'}>{d.state === 'ready' ? '✔' : '⚠'} {deviceWords(d)}</li>)}</ul>}
      </section>
      {summary.value && (
        <section class="panel">
          <h2>Đánh giá hôm nay ({summary.value.total} phiếu)</h2>
          <ul>{summary.value.levels.map((l) => <li key={l.key}>{l.label}: {l.count} ({formatPct(l.pct)})</li>)}</ul>
        </section>
      )}
    </div>
  );
}
