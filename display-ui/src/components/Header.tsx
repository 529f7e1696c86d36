/** Office name, live clock and the connection warning. */
import { connected, everConnected } from '../../../ui-shared/src/connection';
import { clockText } from '../model/clock';
import { officeName } from '../model/wall';

/** The top bar of the wall display. */
export function Header() {
  return (
    <header class="bar">
      <h1 class="office">{officeName.value}</h1>
      {everConnected.value && !connected.value && <p class="offline" role="alert">Mất kết nối – đang kết nối lại…</p>}
      <p class="clock" aria-label="Ngày giờ">{clockText.value}</p>
    </header>
  );
}
