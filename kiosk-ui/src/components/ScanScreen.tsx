/** Check a dossier: how to scan, and what the last scan found (never any personal data), with the next step. */
import type { KioskScanView } from '@motcua/server/contract';
import { lang, t } from '../i18n';
import { useKiosk } from '../model/kiosk';
import { ticketPlace } from '../model/ticket-words';
import { ListenButton } from './ListenButton';

type FoundDossier = Extract<KioskScanView, { kind: 'dossier'; found: true }>;
const en = () => lang.value === 'en';

/** The one-tap number for the queue the dossier's next step is at, and the counters serving it. */
function NextStep({ next }: { next: NonNullable<FoundDossier['next']> }) {
  const { canTake, take, takeError, takingFor } = useKiosk().ticket;
  const name = en() && next.serviceNameEn ? next.serviceNameEn : next.serviceName;
  return (
    <div class="next-step">
      <button class="btn primary big" disabled={!canTake.value || takingFor.value !== null} onClick={() => void take(next.serviceId)}>
        {t('takeResultNumber')} “{name}”{next.counters.length ? ` — ${t('atCounter')} ${next.counters.join(', ')}` : ''}
      </button>
      {takeError.value && <p class="error" role="alert">{takeError.value}</p>}
    </div>
  );
}

function Dossier({ r }: { r: FoundDossier }) {
  return (
    <div class="scan-result" role="status">
      <p class="big-text">{en() && r.statusEn ? r.statusEn : r.status}</p>
      <p>{r.procedureName}</p>
      <p>{t('dossierCode')}: <b>{r.code}</b> · {r.applicant}</p>
      <p>{t('dueDate')}: <b>{r.dueDate.split('-').reverse().join('/')}</b></p>
      {r.note && <p class="note"><b>{t('oneDoorNote')}:</b> {r.note}</p>}
      {(r.guide || r.guideEn) && <p class="guide">{en() ? r.guideEn : r.guide}</p>}
      {r.next && <NextStep next={r.next} />}
    </div>
  );
}

function Result() {
  const { scanBusy, scanResult } = useKiosk().scan;
  const r = scanResult.value;
  if (scanBusy.value) return <p class="scan-result" role="status">{t('scanning')}</p>;
  if (!r) return null;
  if (r.kind === 'dossier' && !r.found) {
    return (
      <div class="scan-result bad" role="alert">
        <p class="big-text">{t('dossierNotFound')}</p>
        <p>{en() && r.messageEn ? r.messageEn : r.message}</p>
        <p>{t('dossierCode')}: <b>{r.code}</b></p>
      </div>
    );
  }
  if (r.kind === 'dossier') return <Dossier r={r} />;
  if (r.kind === 'ticket') {
    return <div class="scan-result" role="status"><p class="big-text">{r.ticket.number}</p><p class="guide">{r.ticket.number}: {ticketPlace(r.ticket)}</p></div>;
  }
  if (r.kind === 'unknown') return <div class="scan-result bad" role="alert"><p class="big-text">{en() ? r.messageEn : r.message}</p></div>;
  return null;
}

/** The scan screen. */
export function ScanScreen() {
  const { scanResult } = useKiosk().scan;
  const r = scanResult.value;
  const listen = r?.kind === 'dossier' && r.found ? `/api/voice/kiosk/dossier/${encodeURIComponent(r.code)}.wav` : '/api/voice/kiosk/scan.wav';
  return (
    <section class="scan">
      <h1>{t('scanTitle')}</h1>
      <ListenButton path={listen} />
      <div class="scan-help">
        <span class="scan-icon" aria-hidden="true">▥</span>
        <p class="big-text">{t('scanHelp')}</p>
        <p>{t('scanCccd')}</p>
      </div>
      <Result />
    </section>
  );
}
