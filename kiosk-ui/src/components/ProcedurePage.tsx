/** One procedure: documents, time limit, fee, steps, legal basis, the counters that take it, and a take-a-number button. */
import { named, t, type TextKey } from '../i18n';
import type { ProcedureDocument } from '../model/catalog-search';

const FORM: Record<ProcedureDocument['form'], TextKey> = {
  original: 'original', copy: 'copy', certifiedCopy: 'certifiedCopy', originalOrCopy: 'originalOrCopy', present: 'present',
};
import { useKiosk } from '../model/kiosk';
import { ListenButton } from './ListenButton';

function ChecklistStatus({ code }: { code: string }) {
  const { checklistState } = useKiosk().checklist;
  const c = checklistState.value;
  if (!c || c.code !== code) return null;
  if (c.state === 'printing') return <p class="print pending" role="status">{t('checklistPrinting')}</p>;
  if (c.state === 'failed') return <p class="print bad" role="alert">{t('checklistFailed')}</p>;
  return <p class="print ok" role="status">{t('checklistPrinted')}</p>;
}

function Counters({ serviceId }: { serviceId: string }) {
  const { snapshot } = useKiosk();
  const counters = (snapshot.value?.counters ?? []).filter((c) => c.services.includes(serviceId));
  if (counters.length === 0) return null;
  return (
    <section><h2>{t('counters')}</h2>
      <ul class="counter-list">{counters.map((c) => <li key={c.id}>{t('counter')} {c.number} — {c.name}</li>)}</ul>
    </section>
  );
}

/** The procedure page. */
export function ProcedurePage() {
  const { nav: { go }, lookup: { selected }, ticket: { canTake, take, takeError }, checklist: { checklistState, printChecklist } } = useKiosk();
  const p = selected.value;
  if (!p) return null;
  const docs = p.documents;
  return (
    <section class="procedure">
      <button class="btn secondary back" onClick={() => go('lookup')}><span aria-hidden="true">‹ </span>{t('back')}</button>
      <h1>{named(p)}</h1>
      <p class="muted">{t('code')}: {p.code} · {p.agency}</p>
      <div class="procedure-tools">
        <ListenButton path={`/api/voice/kiosk/procedure/${encodeURIComponent(p.code)}.wav`} />
        <button class="btn secondary print-list" disabled={checklistState.value?.state === 'printing'} onClick={() => void printChecklist(p.code)}>
          {t('printChecklist')}
        </button>
      </div>
      <ChecklistStatus code={p.code} />
      {takeError.value && <p class="error" role="alert">{takeError.value}</p>}
      <button class="btn primary big" disabled={!canTake.value} onClick={() => void take(p.serviceId)}>{t('takeForThis')}</button>
      <div class="facts">
        <section><h2>{t('timeLimit')}</h2><p>{p.timeLimit.text}</p></section>
        <section><h2>{t('fee')}</h2><p>{p.fee.text}</p></section>
      </div>
      <Counters serviceId={p.serviceId} />
      {docs.length > 0 && (
        <section><h2>{t('documents')}</h2>
          <ol class="docs">{docs.map((d, i) => (
            <li key={i}>{d.name}<span class="doc-count">{d.form === 'present' ? t('present') : `${d.count} ${t(FORM[d.form])}`}</span></li>
          ))}</ol>
        </section>
      )}
      <section><h2>{t('steps')}</h2><ol>{p.steps.map((s, i) => <li key={i}>{s}</li>)}</ol></section>
      <section><h2>{t('result')}</h2><p>{p.result}</p></section>
      <section><h2>{t('legal')}</h2><ul>{p.legalBasis.map((s, i) => <li key={i}>{s}</li>)}</ul></section>
    </section>
  );
}
