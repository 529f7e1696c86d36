/** The taken ticket: huge number, people ahead, estimated wait, the QR to follow it, and whether it printed. */
import { waitWords } from '@motcua/server/contract/wait-words';
import { lang, named, t } from '../i18n';
import { useKiosk } from '../model/kiosk';
import { QrCode } from './QrCode';
import { ListenButton } from './ListenButton';

function PrintStatus() {
  const { printFailed, printState } = useKiosk().ticket;
  const s = printState.value;
  if (!s) return <p class="print pending" role="status">{t('printing')}</p>;
  if (printFailed.value) return <p class="print bad" role="alert">{t('printFailed')}</p>;
  return <p class="print ok" role="status">{t('printed')}</p>;
}

/** The confirmation screen. */
export function TicketShown() {
  const { nav: { goHome }, ticket: { printFailed, priorities, services, ticket } } = useKiosk();
  const tk = ticket.value;
  if (!tk) return null;
  const service = services.value.find((s) => s.id === tk.serviceId);
  const prio = tk.priority ? priorities.value.find((p) => p.id === tk.priority) ?? { name: tk.priorityName ?? '' } : null;
  return (
    <section class={`ticket ${printFailed.value ? 'no-print' : ''}`}>
      <PrintStatus />
      <ListenButton path={`/api/voice/kiosk/ticket/${encodeURIComponent(tk.id)}.wav`} />
      <div class="ticket-card">
        <div class="ticket-main">
          <h1 class="ticket-label">{t('yourNumber')}</h1>
          <p class="ticket-number" data-testid="ticket-number">{tk.number}</p>
          <p class="ticket-service">{named(service ?? { name: tk.serviceName })}{prio ? ` · ${named(prio)}` : ''}</p>
          <dl class="ticket-facts">
            <div><dt>{t('ahead')}</dt><dd>{tk.ahead}</dd></div>
            <div class={tk.mayNotBeCalledToday ? 'wait-late' : undefined}><dt>{t('estWait')}</dt><dd>{waitWords(tk, lang.value)}</dd></div>
          </dl>
        </div>
        <div class="ticket-qr">
          <QrCode text={lang.value === 'en' ? `${tk.url}?lang=en` : tk.url} label={`QR ${tk.number}`} />
          <p>{t('qrHint')}</p>
        </div>
      </div>
      <button class="btn primary" onClick={goHome}>{t('done')}</button>
    </section>
  );
}
