/** Says plainly when the kiosk cannot reach the server (and so cannot issue numbers), or is not paired. */
import { everConnected, refused } from '../../../ui-shared/src/connection';
import { t } from '../i18n';
import { useKiosk } from '../model/kiosk';

/** The offline / connecting / not-paired banner. */
export function StatusBanner() {
  const { connected, server: { token, tokenChecked, unreachable } } = useKiosk();
  if (!connected.value && unreachable.value) return <div class="banner bad" role="alert">{t('offline')}</div>;
  if ((tokenChecked.value && !token.value) || refused.value) return <div class="banner bad" role="alert">{t('notPaired')}</div>;
  if (connected.value) return null;
  if (!everConnected.value) return <div class="banner warn" role="status">{t('connecting')}</div>;
  return <div class="banner bad" role="alert">{t('offline')}</div>;
}
