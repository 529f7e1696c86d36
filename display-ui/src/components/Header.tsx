/** Office name, live clock and the connection warning. */
import { connected, everConnected, snapshot } from '../../../ui-shared/src/connection';
import { clockText } from '../model/clock';

/** The top bar of the wall display. */
export function Header() {
  return (
    <header class="bar">
      <h1 class="office">{snapshot.value?.office.name ?? 'Bộ phận Một cửa'}</h1>
      {everConnected.value && !connected.value && <p class="offline" role="alert">Mất kết nối – đang kết nối lại…</p>}
      <p class="clock" aria-label="Ngày giờ">{clockText.value}</p>
    </header>
  );
}
