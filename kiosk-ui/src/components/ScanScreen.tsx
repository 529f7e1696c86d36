/** Check a dossier: how to scan, and what the last scan found (never any personal data). */
import { lang, t } from '../i18n';
import { scanBusy, scanResult } from '../model/scan';

function Result() {
  const r = scanResult.value;
  if (scanBusy.value) return <p class="scan-result" role="status">{t('scanning')}</p>;
  if (!r) return null;
  if (r.kind === 'dossier' && !r.found) {
    return (
      <div class="scan-result bad" role="alert">
        <p class="big-text">{t('dossierNotFound')}</p>
        <p>{t('dossierCode')}: <b>{r.code}</b></p>
      </div>
    );
  }
  if (r.kind === 'dossier') {
    return (
      <div class="scan-result" role="status">
        <p class="big-text">{r.status}</p>
        <p>{r.procedureName}</p>
        <p>{t('dossierCode')}: <b>{r.code}</b> · {r.applicant}</p>
        <p>{t('dueDate')}: <b>{r.dueDate.split('-').reverse().join('/')}</b></p>
      </div>
    );
  }
  if (r.kind === 'ticket') {
    return <div class="scan-result" role="status"><p class="big-text">{r.ticket.number}</p><p>{t('ticketStatus')}: {r.ticket.status} · {t('ahead')}: {r.ticket.ahead}</p></div>;
  }
  if (r.kind === 'unknown') return <div class="scan-result bad" role="alert"><p class="big-text">{lang.value === 'en' ? r.messageEn : r.message}</p></div>;
  return null;
}

/** The scan screen. */
export function ScanScreen() {
  return (
    <section class="scan">
      <h1>{t('scanTitle')}</h1>
      <div class="scan-help">
        <span class="scan-icon" aria-hidden="true">▥</span>
        <p class="big-text">{t('scanHelp')}</p>
        <p>{t('scanCccd')}</p>
      </div>
      <Result />
    </section>
  );
}
