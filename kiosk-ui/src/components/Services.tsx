/** Pick the service (lĩnh vực): each with its waiting count and estimated wait. */
import type { ServiceView } from '@motcua/server/contract';
import { waitWords } from '@motcua/server/contract/wait-words';
import { lang, named, t } from '../i18n';
import { useKiosk } from '../model/kiosk';
import { useRef } from 'preact/hooks';
import { usePages } from './pages';

function ServiceButton({ s }: { s: ServiceView }) {
  const { hours: { serviceIssuing }, ticket: { canTake, take, takingFor } } = useKiosk();
  const off = !serviceIssuing(s);
  return (
    <li>
      <button class="service" disabled={off || !canTake.value} aria-busy={takingFor.value === s.id} onClick={() => void take(s.id)}>
        <span class="service-name">{named(s)}</span>
        <span class="service-meta">
          {off ? t(s.enabled ? 'serviceClosed' : 'serviceOff') : <><b>{s.waiting}</b> {t('waiting')} · {s.estimatedWaitMinutes === 0 && !s.mayNotBeCalledToday
            ? t('noWait')
            : <span class={s.mayNotBeCalledToday ? 'wait-late' : undefined}>{waitWords(s, lang.value)}</span>}</>}
        </span>
      </button>
    </li>
  );
}

/** "Trang trước · Trang 1/3 · Trang sau": large buttons, for a list taller than the screen (a touch kiosk shows no scrollbar). */
function Pager({ page, pages, next, prev }: ReturnType<typeof usePages>) {
  if (pages < 2) return null;
  return (
    <nav class="pager" aria-label={t('pages')}>
      <button class="btn page-btn" disabled={page === 0} onClick={prev}><span aria-hidden="true">▲ </span>{t('pagePrev')}</button>
      <p class="page-of" role="status">{t('page')} <b>{page + 1}/{pages}</b></p>
      <button class="btn page-btn primary" disabled={page === pages - 1} onClick={next}>{t('pageNext')}<span aria-hidden="true"> ▼</span></button>
    </nav>
  );
}

/** The service list. */
export function Services() {
  const { choosePriority, greeting, priorities, priority, services, takeError } = useKiosk().ticket;
  const chosen = priorities.value.find((p) => p.id === priority.value);
  const list = useRef<HTMLUListElement>(null);
  const pages = usePages(list);
  return (
    <section class="services">
      {greeting.value && <p class="greeting" role="status"><b>{greeting.value[lang.value]}</b><br />{t('cccdNext')}</p>}
      <h1>{t('chooseService')}</h1>
      {chosen && (
        <p class="chosen-priority">
          {t('priorityChosen')}: <b>{named(chosen)}</b>{' '}
          <button class="chip" onClick={() => choosePriority(chosen.id)}>{t('noPriority')}</button>
        </p>
      )}
      {takeError.value && <p class="error" role="alert">{takeError.value}</p>}
      <ul class="service-list" ref={list}>{services.value.map((s) => <ServiceButton key={s.id} s={s} />)}</ul>
      <Pager {...pages} />
    </section>
  );
}
