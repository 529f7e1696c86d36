/** A scanned ticket's place in plain words: "A015: còn 3 người trước quý vị, khoảng 24 phút", never a status code. */
import type { TicketView } from '@motcua/server/contract';
import { waitWords } from '@motcua/server/contract/wait-words';
import { lang, t } from '../i18n';

/** The sentence the scan screen shows under the number. */
export function ticketPlace(tk: TicketView): string {
  const k = String(tk.counter?.number ?? '');
  switch (tk.status) {
    case 'waiting':
      return tk.ahead > 0 ? t('ticketWaiting').replace('{n}', String(tk.ahead)).replace('{wait}', waitWords(tk, lang.value)) : t('ticketWaitingNone');
    case 'called': return t('ticketCalled').replace('{k}', k);
    case 'serving': return t('ticketServing').replace('{k}', k);
    case 'done': return t('ticketDone');
    case 'noShow': return t('ticketMissed');
    default: return t('ticketGone');
  }
}
