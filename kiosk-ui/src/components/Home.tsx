/** The start screen: three large choices and the priority categories. */
import { lang, named, t } from '../i18n';
import { useKiosk } from '../model/kiosk';
import { ListenButton } from './ListenButton';

/** "Giờ làm việc: Thứ Hai – thứ Sáu: ... · Buổi này cấp số đến 11:15": so nobody walks in at 11:20 surprised. */
function HoursLine() {
  const { hours: { hours }, snapshot } = useKiosk();
  const h = hours.value;
  const tz = snapshot.value?.office.timeZone ?? 'Asia/Ho_Chi_Minh';
  if (!h?.scheduleText) return null;
  const until = h.issuing && h.stopIssuingAt
    ? ` · ${t('issuingUntil')} ${new Intl.DateTimeFormat('vi-VN', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(h.stopIssuingAt)}`
    : '';
  return <p class="hours-line"><strong>{t('closedHours')}:</strong> {lang.value === 'vi' ? h.scheduleText : h.scheduleTextEn}{until}</p>;
}

/** Home. */
export function Home() {
  const { connected, snapshot, nav: { go }, lookup: { openLookup }, ticket: { choosePriority, openServices, priorities, priority } } = useKiosk();
  const notices = snapshot.value?.notices ?? [];
  return (
    <section class="home">
      <h1 class="sr-only">{t('home')}</h1>
      <ListenButton path="/api/voice/kiosk/home.wav" />
      <div class="choices">
        <button class="choice take" disabled={!connected.value} onClick={openServices}>
          <span class="choice-icon" aria-hidden="true">123</span>
          <span class="choice-title">{t('takeNumber')}</span>
          <span class="choice-hint">{t('takeNumberHint')}</span>
        </button>
        <button class="choice" onClick={openLookup}>
          <span class="choice-icon" aria-hidden="true">☰</span>
          <span class="choice-title">{t('lookup')}</span>
          <span class="choice-hint">{t('lookupHint')}</span>
        </button>
        <button class="choice" onClick={() => go('scan')}>
          <span class="choice-icon" aria-hidden="true">▥</span>
          <span class="choice-title">{t('dossier')}</span>
          <span class="choice-hint">{t('dossierHint')}</span>
        </button>
      </div>
      {priorities.value.length > 0 && (
        <div class="priorities">
          <h2>{t('priorityTitle')}</h2>
          <div class="chips">
            {priorities.value.map((p) => (
              <button key={p.id} class="chip" aria-pressed={priority.value === p.id} onClick={() => choosePriority(p.id)}>{named(p)}</button>
            ))}
          </div>
        </div>
      )}
      <HoursLine />
      {notices.length > 0 && <ul class="notices">{notices.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}
