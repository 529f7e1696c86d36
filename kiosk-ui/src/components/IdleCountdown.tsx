/** The last seconds before the kiosk goes back home, with a button to stay. */
import { t } from '../i18n';
import { useKiosk } from '../model/kiosk';

/** The countdown overlay. */
export function IdleCountdown() {
  const { idleLeft, showCountdown, touched } = useKiosk().nav;
  if (!showCountdown.value) return null;
  return (
    <div class="countdown" role="status">
      <span>{t('idleSoon')} <b>{idleLeft.value}</b> {t('seconds')}</span>
      <button class="btn secondary" onClick={touched}>{t('stay')}</button>
    </div>
  );
}
