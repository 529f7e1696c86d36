/** The on-screen Vietnamese keyboard: digits (procedure codes), letters, Vietnamese letters, tone marks, space and delete. */
import { t } from '../i18n';
import { useKiosk } from '../model/kiosk';

const ROWS = ['1234567890.', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'ăâđêôơư'];
// Tone marks as combining characters: the look-up applies them to the last letter typed.
const TONES: Array<[string, string, string]> = [
  ['\u0301', 'sắc', 'acute'], ['\u0300', 'huyền', 'grave'], ['\u0309', 'hỏi', 'hook'], ['\u0303', 'ngã', 'tilde'], ['\u0323', 'nặng', 'dot'],
];

/** The keyboard. */
export function Keyboard() {
  const { addTone, backspace, clearQuery, typeKey } = useKiosk().lookup;
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
