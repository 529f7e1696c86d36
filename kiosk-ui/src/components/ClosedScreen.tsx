/** Outside office hours: a plain screen saying numbers are not issued now, when the office opens next, and its hours. */
import { lang, t } from '../i18n';
import { useKiosk } from '../model/kiosk';
import { ListenButton } from './ListenButton';

const REASON: Record<string, [string, string]> = {
  break: ['Đang nghỉ trưa', 'Lunch break'],
  stopped: ['Đã hết giờ cấp số của buổi này', 'Numbers for this session are no longer issued'],
  afterHours: ['Đã hết giờ làm việc', 'The office has closed for today'],
  beforeOpening: ['Chưa đến giờ làm việc', 'The office has not opened yet'],
  dayOff: ['Hôm nay không làm việc', 'Closed today'],
  holiday: ['Nghỉ lễ', 'Public holiday'],
};

/** The closed-office screen. */
export function ClosedScreen() {
  const { nav: { go, goHome }, hours: { hours, refusal }, lookup: { openLookup } } = useKiosk();
  const h = hours.value;
  const en = lang.value === 'en';
  const reason = h?.closedReason ? REASON[h.closedReason] : null;
  const reasonText = reason ? `${reason[en ? 1 : 0]}${h?.closedReason === 'holiday' && h.holidayName && !en ? `: ${h.holidayName}` : ''}` : null;
  const next = h && !h.issuing ? (en ? h.nextOpeningTextEn : h.nextOpeningText) : null;
  const schedule = h ? (en ? h.scheduleTextEn : h.scheduleText) : '';
  // Refused by the server while the screen still thought it was open: its own words name the next opening.
  const said = !next && refusal.value ? refusal.value[en ? 'en' : 'vi'] : null;
  return (
    <section class="closed" aria-labelledby="closed-title">
      <h1 id="closed-title">{t('closedTitle')}</h1>
      {reasonText && <p class="reason">{reasonText}</p>}
      {next
        ? <p class="next">{t('closedNext')} <b data-testid="next-opening">{next}</b></p>
        : <p class="next">{said ?? t('closedNoNext')}</p>}
      {schedule && <p class="hours"><b>{t('closedHours')}:</b> {schedule}</p>}
      <ListenButton path="/api/voice/kiosk/home.wav" />
      <p>{t('closedStill')}</p>
      <div class="closed-actions">
        <button class="btn primary" onClick={openLookup}>{t('lookup')}</button>
        <button class="btn primary" onClick={() => go('scan')}>{t('dossier')}</button>
        <button class="btn secondary" onClick={goHome}>{t('home')}</button>
      </div>
    </section>
  );
}
