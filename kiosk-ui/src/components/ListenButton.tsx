/** The "Nghe" button: a speaker and the word, reads this screen aloud; "Dừng" while it reads. */
import { lang, t } from '../i18n';
import { useKiosk } from '../model/kiosk';

function Speaker() {
  return (
    <svg class="speaker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

/** Reads `path` aloud (an /api/voice/kiosk/... WAV), in English with an English voice when the kiosk is in English. */
export function ListenButton({ path: base }: { path: string }) {
  const { speaking, speechLoading, speechProblem, toggleSpeech } = useKiosk().speech;
  const path = lang.value === 'en' ? `${base}?lang=en` : base;
  const on = speaking.value === path;
  const loading = speechLoading.value === path;
  const problem = speechProblem.value?.path === path ? speechProblem.value.kind : null;
  return (
    <span class="listen-wrap">
      <button class={`btn listen ${on ? 'on' : ''}`} data-listen="" aria-pressed={on} aria-busy={loading} onClick={() => void toggleSpeech(path)}>
        <Speaker />
        <span>{on || loading ? t('listenStop') : t('listen')}</span>
      </button>
      {problem && <span class="listen-problem" role="status">{t(problem === 'unavailable' ? 'listenUnavailable' : 'listenFailed')}</span>}
    </span>
  );
}
