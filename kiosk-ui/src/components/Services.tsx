/** Pick the service (lĩnh vực): each with its waiting count and estimated wait. */
import type { ServiceView } from '@motcua/server/contract';
import { waitWords } from '@motcua/server/contract/wait-words';
import { lang, named, t } from '../i18n';
import { useKiosk } from '../model/kiosk';

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

/** The service list. */
export function Services() {
  const { choosePriority, greeting, priorities, priority, services, takeError } = useKiosk().ticket;
  const chosen = priorities.value.find((p) => p.id === priority.value);
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
      <ul class="service-list">{services.value.map((s) => <ServiceButton key={s.id} s={s} />)}</ul>
    </section>
  );
}
