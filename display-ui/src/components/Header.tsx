/** Office name, live clock, the connection warning and the "no sound yet" notice. */
import { useDisplay } from '../model/display';
import { SoundNotice } from './SoundNotice';

/** The top bar of the wall display. */
export function Header() {
  const { wall: { officeName }, clock: { clockText }, connection: { connected, everConnected, refused } } = useDisplay();
  return (
    <header class="bar">
      <h1 class="office">{officeName.value}</h1>
      {refused.value
        ? <p class="offline" role="alert">Màn hình chưa được ghép nối hoặc mã đã bị thu hồi. Vui lòng báo cán bộ. / Not paired: please tell the staff.</p>
        : everConnected.value && !connected.value && <p class="offline" role="alert">Mất kết nối – đang kết nối lại…</p>}
      <SoundNotice />
      <p class="clock" aria-label="Ngày giờ">{clockText.value}</p>
    </header>
  );
}
