/** The on-screen Vietnamese keyboard: digits (procedure codes), letters, Vietnamese letters, tone marks, space and delete. */
import { t } from '../i18n';
import { backspace, clearQuery, query, setQuery, typeKey } from '../model/lookup';

const ROWS = ['1234567890.', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'ăâđêôơư'];
// Tone marks as combining characters: applied to the last letter typed.
const TONES: Array<[string, string, string]> = [
  ['\u0301', 'sắc', 'acute'], ['\u0300', 'huyền', 'grave'], ['\u0309', 'hỏi', 'hook'], ['\u0303', 'ngã', 'tilde'], ['\u0323', 'nặng', 'dot'],
];

function addTone(mark: string): void {
  const q = query.value;
  const last = q.slice(-1);
  if (!/[a-zăâêôơưy]/i.test(last.normalize('NFD').charAt(0))) return;
  const base = last.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
  setQuery(q.slice(0, -1) + (base + mark).normalize('NFC'));
}

/** The keyboard. */
export function Keyboard() {
  return (
    <div class="keyboard" role="group" aria-label={t('keyboard')}>
      {ROWS.map((row, i) => (
        <div class="kb-row" key={row}>
          {[...row].map((k) => <button class="key" key={k} onClick={() => typeKey(k)}>{k}</button>)}
          {i === 3 && <button class="key wide" onClick={backspace} aria-label={t('erase')}>⌫</button>}
        </div>
      ))}
      <div class="kb-row">
        {TONES.map(([mark, vi, en]) => (
          <button class="key tone" key={mark} onClick={() => addTone(mark)} aria-label={`dấu ${vi} (${en})`}>{`a${mark}`.normalize('NFC')}</button>
        ))}
      </div>
      <div class="kb-row">
        <button class="key space" onClick={() => typeKey(' ')}>{t('space')}</button>
        <button class="key wide" onClick={clearQuery}>{t('clear')}</button>
      </div>
    </div>
  );
}
