/** People waiting per service, with the estimate; paged when the services do not fit. */
import { useDisplay } from '../model/display';
import { Paged } from './Paged';

/** One row per service: name (wrapped, never cut), waiting, estimated wait. */
export function Waiting() {
  const { wall, hours: { waitShown } } = useDisplay();
  return (
    <Paged id="waiting-title" class="waiting" listClass="waiting-list" items={wall.waitingServices.value}
      title={<>Đang chờ <span class="waiting-cols" aria-hidden="true"><span>Người chờ</span><span>Ước tính</span></span></>}
      render={(s) => {
        const { text: est, late } = waitShown(s);
        return (
          <li key={s.id} class="waiting-row" data-service={s.id}>
            <span class="w-name">{s.name}</span>
            <span class="w-count num" aria-label={`${s.waiting} người chờ`}>{s.waiting}</span>
            <span class={`w-est num${late ? ' w-late' : ''}`} aria-label={late ? 'có thể không đến lượt trong hôm nay' : `ước tính ${est}`}>{est}</span>
          </li>
        );
      }} />
  );
}
