/** Taking a number: the chosen priority, the services with their queues, the ticket and its print outcome. */
import { computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { PrintResultView, Snapshot, TicketView } from '@motcua/server/contract';
import type { Lang } from '../i18n';
import type { KioskServer } from '../socket';
import { takeErrorText } from './citizen-errors';
import type { Navigation } from './app';
import { splitMessage, type Hours } from './hours';

/** What taking a number needs: the live connection, the server, the language, navigation and the hours. */
export interface TicketDeps {
  connected: ReadonlySignal<boolean>;
  snapshot: ReadonlySignal<Snapshot | null>;
  server: Pick<KioskServer, 'takeTicket' | 'dropPrint' | 'printResults'>;
  lang: ReadonlySignal<Lang>;
  nav: Navigation;
  hours: Hours;
}

/** The take-a-number model; dispose() stops its print-outcome effect. */
export function createTicket({ connected, snapshot, server, lang, nav, hours }: TicketDeps) {
  const priority = signal<string | null>(null);
  /** The masked greeting after a CCCD scan; the next ticket is taken with source 'cccd'. */
  const greeting = signal<{ vi: string; en: string } | null>(null);
  const ticket = signal<TicketView | null>(null);
  const takingFor = signal<string | null>(null);
  const takeError = signal<string | null>(null);

  const services = computed(() => snapshot.value?.services ?? []);
  const priorities = computed(() => snapshot.value?.priorities ?? []);
  const canTake = computed(() => connected.value && !!snapshot.value && takingFor.value === null);

  /** The printer's outcome for the ticket on screen: null while waiting. */
  const printState = computed<PrintResultView['state'] | null>(() => {
    const t = ticket.value;
    return t ? server.printResults.value[t.id]?.state ?? null : null;
  });
  const printFailed = computed(() => printState.value === 'failed' || printState.value === 'queued');

  nav.onGoHome(() => {
    priority.value = null; greeting.value = null; ticket.value = null; takeError.value = null;
  });

  /** Picks (or clears) the priority category and moves on to the services. */
  function choosePriority(id: string | null): void {
    priority.value = priority.value === id ? null : id;
    if (priority.value) nav.go(hours.issuingNow.value ? 'services' : 'closed');
  }

  /** Opens the service list (from home or a procedure page). */
  function openServices(): void {
    takeError.value = null;
    // Outside hours: say so plainly and when the office opens, instead of a list of grey buttons.
    nav.go(hours.issuingNow.value ? 'services' : 'closed');
  }

  /** Takes a ticket for a service by touch (or after a CCCD scan); shows it with the print outcome. */
  async function take(serviceId: string): Promise<void> {
    if (!canTake.value) return;
    takingFor.value = serviceId;
    takeError.value = null;
    const ack = await server.takeTicket({ serviceId, priority: priority.value, source: greeting.value ? 'cccd' : 'kiosk', lang: lang.value });
    takingFor.value = null;
    if (!ack.ok && ack.error.code === 'OFFICE_CLOSED') { hours.refusal.value = splitMessage(ack.error.message); nav.go('closed'); return; }
    if (!ack.ok) { takeError.value = takeErrorText(ack.error.code, lang.value); return; }
    ticket.value = ack.data;
    nav.go('ticket');
  }

  /** Adjusts how long the ticket stays on screen once the print outcome is known. */
  function onPrintOutcome(): void {
    const t = ticket.value;
    if (!t || !printState.value) return;
    if (printFailed.value) {
      // Shown on screen instead: keep it up longer, and never print it later for someone else.
      nav.idleLimit.value = nav.idleSeconds * 2;
      server.dropPrint(t.id);
    } else {
      nav.idleLimit.value = Math.max(2, Math.round(nav.idleSeconds / 2));
    }
    nav.touched();
  }

  const dispose = effect(() => { if (printState.value) untracked(onPrintOutcome); });

  return { priority, greeting, ticket, takingFor, takeError, services, priorities, canTake, printState, printFailed, choosePriority, openServices, take, dispose };
}

export type TicketModel = ReturnType<typeof createTicket>;
