/** The phone page: my number, people ahead, the wait, and the call; Vietnamese first, English on the switch. */
import { useEffect } from 'preact/hooks';
import { waitWords } from '@motcua/server/contract/wait-words';
import { askPermission, notFound, online, permission, statusText, ticket } from './model';
import { phoneLang, words } from './words';

function LangSwitch() {
  return (
    <button type="button" class="p-lang" lang={phoneLang.value === 'vi' ? 'en' : 'vi'}
      onClick={() => { phoneLang.value = phoneLang.value === 'vi' ? 'en' : 'vi'; }}>{words().switchTo}</button>
  );
}

/** The whole phone view. */
export function App() {
  const t = ticket.value;
  const w = words();
  const en = phoneLang.value === 'en';
  useEffect(() => { document.documentElement.lang = phoneLang.value; }, [phoneLang.value]);
  if (notFound.value) {
    return <main class="p"><LangSwitch /><h1 class="p-missing">{w.missing}</h1><p>{w.missingHint}</p></main>;
  }
  if (!t) return <main class="p"><p>{w.loading}</p></main>;
  const called = t.status === 'called';
  const service = en && t.serviceNameEn ? t.serviceNameEn : t.serviceName;
  const priority = en && t.priorityNameEn ? t.priorityNameEn : t.priorityName;
  return (
    <main class={`p ${t.status}`}>
      <LangSwitch />
      <p class="p-label">{w.label}</p>
      <h1 class="p-number">{t.number}</h1>
      <p class="p-service">{service}{priority ? ` · ${priority}` : ''}</p>
      <p class={`p-status${called ? ' p-called' : ''}`} role="status" aria-live="assertive">{statusText.value}</p>
      {t.counter && t.counter.name !== t.serviceName && (called || t.status === 'serving') && <p class="p-counter-name">{t.counter.name}</p>}
      {t.status === 'waiting' && (
        <dl class="p-facts">
          <div><dt>{w.ahead}</dt><dd>{t.ahead}</dd></div>
          <div class={t.mayNotBeCalledToday ? 'p-late' : undefined}><dt>{w.wait}</dt><dd>{waitWords(t, phoneLang.value)}</dd></div>
        </dl>
      )}
      {t.status === 'waiting' && permission.value === 'default' && (
        <button type="button" class="p-notify" onClick={() => void askPermission()}>{w.notify}</button>
      )}
      {!online.value && <p class="p-offline" role="alert">{w.offline}</p>}
    </main>
  );
}
