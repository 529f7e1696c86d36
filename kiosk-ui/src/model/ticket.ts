/** Taking a number: the chosen priority, the services with their queues, the ticket and its print outcome. */
import { computed, effect, signal, untracked } from '@preact/signals';
import type { ApiError, PrintResultView, TicketView } from '@motcua/server/contract';
import { errorText } from '@motcua/server/contract/error-text';
import { connected, snapshot } from '../../../ui-shared/src/connection';
import { lang } from '../i18n';
import { dropPrint, printResults, takeTicket } from '../socket';
import { go, idleLimit, idleSeconds, onGoHome, touched } from './app';
import { issuingNow, refusal, splitMessage } from './hours';

export const priority = signal<string | null>(null);
/** The masked greeting after a CCCD scan; the next ticket is taken with source 'cccd'. */
export const greeting = signal<{ vi: string; en: string } | null>(null);
export const ticket = signal<TicketView | null>(null);
export const takingFor = signal<string | null>(null);
export const takeError = signal<string | null>(null);

export const services = computed(() => snapshot.value?.services ?? []);
export const priorities = computed(() => snapshot.value?.priorities ?? []);
export const canTake = computed(() => connected.value && !!snapshot.value && takingFor.value === null);

/** The printer's outcome for the ticket on screen: null while waiting. */
export const printState = computed<PrintResultView['state'] | null>(() => {
  const t = ticket.value;
  return t ? printResults.value[t.id]?.state ?? null : null;
});
export const printFailed = computed(() => printState.value === 'failed' || printState.value === 'queued');

onGoHome(() => {
  priority.value = null; greeting.value = null; ticket.value = null; takeError.value = null;
});

/** Picks (or clears) the priority category and moves on to the services. */
export function choosePriority(id: string | null): void {
  priority.value = priority.value === id ? null : id;
  if (priority.value) go(issuingNow.value ? 'services' : 'closed');
}

/** Opens the service list (from home or a procedure page). */
export function openServices(): void {
  takeError.value = null;
  // Outside hours: say so plainly and when the office opens, instead of a list of grey buttons.
  go(issuingNow.value ? 'services' : 'closed');
}

/** Takes a ticket for a service by touch (or after a CCCD scan); shows it with the print outcome. */
export async function take(serviceId: string): Promise<void> {
  if (!canTake.value) return;
  takingFor.value = serviceId;
  takeError.value = null;
  const ack = await takeTicket({ serviceId, priority: priority.value, source: greeting.value ? 'cccd' : 'kiosk' });
  takingFor.value = null;
  if (!ack.ok && ack.error.code === 'OFFICE_CLOSED') { refusal.value = splitMessage(ack.error.message); go('closed'); return; }
  if (!ack.ok) { takeError.value = describe(ack.error); return; }
  ticket.value = ack.data;
  go('ticket');
}

function describe(e: ApiError): string {
  if (e.code === 'OFFLINE' || e.code === 'TIMEOUT') return errorText('INTERNAL', lang.value);
  return errorText(e.code, lang.value);
}

/** Adjusts how long the ticket stays on screen once the print outcome is known. */
function onPrintOutcome(): void {
  const t = ticket.value;
  if (!t || !printState.value) return;
  if (printFailed.value) {
    // Shown on screen instead: keep it up longer, and never print it later for someone else.
    idleLimit.value = idleSeconds * 2;
    dropPrint(t.id);
  } else {
    idleLimit.value = Math.max(2, Math.round(idleSeconds / 2));
  }
  touched();
}

effect(() => { if (printState.value) untracked(onPrintOutcome); });
