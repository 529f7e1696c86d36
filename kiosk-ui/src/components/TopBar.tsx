/** The bar on every screen: office name, home, language and text-size switches. */
import { lang, named, t } from '../i18n';
import { useKiosk } from '../model/kiosk';

/** The top bar. */
export function TopBar() {
  const { snapshot, nav: { goHome, largeText, screen } } = useKiosk();
  const office = snapshot.value?.office;
  return (
    <header class="topbar">
      {screen.value !== 'home'
        ? <button class="bar-btn home-btn" onClick={goHome}><span aria-hidden="true">⌂ </span>{t('home')}</button>
        : <span class="bar-spacer" />}
      <p class="office">{office ? named(office) : ''}</p>
      <button class="bar-btn" aria-pressed={largeText.value} onClick={() => { largeText.value = !largeText.value; }}>
        {largeText.value ? t('normalText') : t('bigText')}
      </button>
      <button class="bar-btn" lang={lang.value === 'vi' ? 'en' : 'vi'} onClick={() => { lang.value = lang.value === 'vi' ? 'en' : 'vi'; }}>
        {t('switchLang')}
      </button>
    </header>
  );
}
