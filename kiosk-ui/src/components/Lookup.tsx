/** Look up a procedure: browse by field or search with the on-screen keyboard; results ranked as you type. */
import { named, t } from '../i18n';
import { MAX_QUERY } from '../model/lookup';
import { useKiosk } from '../model/kiosk';
import { Keyboard } from './Keyboard';

function Fields() {
  const { catalog, chooseField, field, query } = useKiosk().lookup;
  const c = catalog.value;
  if (!c) return null;
  // While typing, only the field chosen (if any) stays, so the results stay near the top.
  if (query.value.trim()) {
    const f = c.fields.find((x) => x.id === field.value);
    return f ? <div class="chips fields"><button class="chip" aria-pressed="true" onClick={() => chooseField(null)}>{named(f)} ✕</button></div> : null;
  }
  return (
    <div class="chips fields" role="group" aria-label={t('fields')}>
      <button class="chip" aria-pressed={field.value === null} onClick={() => chooseField(null)}>{t('allFields')}</button>
      {c.fields.map((f) => <button key={f.id} class="chip" aria-pressed={field.value === f.id} onClick={() => chooseField(f.id)}>{named(f)}</button>)}
    </div>
  );
}

function Results() {
  const { catalog, catalogFailed, openProcedure, results } = useKiosk().lookup;
  if (!catalog.value) return <p role="status">{catalogFailed.value ? t('catalogFailed') : t('catalogLoading')}</p>;
  const list = results.value;
  if (list.length === 0) return <p class="empty" role="status">{t('noResults')}</p>;
  return (
    <ol class="results" aria-label={t('lookup')}>
      {list.map((p) => (
        <li key={p.code}><button class="result" onClick={() => openProcedure(p)}><span>{named(p)}</span><small>{p.code}</small></button></li>
      ))}
    </ol>
  );
}

// Focused when the screen opens, so a physical keyboard types into it at once.
const focusOnOpen = (el: HTMLInputElement | null) => { if (el && document.activeElement !== el) el.focus({ preventScroll: true }); };

/** The look-up screen. */
export function Lookup() {
  const { query, setQuery } = useKiosk().lookup;
  return (
    <section class="lookup">
      <h1>{t('lookup')}</h1>
      <div class="lookup-grid">
        <div class="lookup-list">
          <label class="search" for="kiosk-search">{t('searchLabel')}</label>
          {/* A real text box: a physical keyboard (or its input method) types into it; inputmode none keeps a
              touch screen's own keyboard away, the on-screen one below is the kiosk's. */}
          <input id="kiosk-search" class="search-box" type="search" inputMode="none" autoComplete="off" spellcheck={false}
            maxLength={MAX_QUERY} value={query.value} placeholder={t('searchPlaceholder')} ref={focusOnOpen}
            onInput={(e) => setQuery(e.currentTarget.value)} />
          <Fields />
          <Results />
        </div>
        <Keyboard />
      </div>
    </section>
  );
}
