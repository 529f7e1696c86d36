/** "In danh sách giấy tờ": prints the open procedure's documents checklist on the kiosk's printer. */
import { effect, signal } from '@preact/signals';
import type { KioskServer } from '../socket';
import type { Navigation } from './app';

/** The checklist print model; dispose() stops clearing it when the screen changes. */
export function createChecklist(server: Pick<KioskServer, 'printChecklist'>, nav: Navigation) {
  /** The print of the checklist on screen: null before the citizen asks. */
  const checklistState = signal<{ code: string; state: 'printing' | 'printed' | 'failed' } | null>(null);

  nav.onGoHome(() => { checklistState.value = null; });
  const dispose = effect(() => { if (nav.screen.value !== 'procedure') checklistState.value = null; });

  /** Asks the server to print the checklist of a procedure; the outcome is shown like a ticket's. */
  async function printChecklist(code: string): Promise<void> {
    if (checklistState.value?.state === 'printing') return;
    checklistState.value = { code, state: 'printing' };
    const state = await server.printChecklist(code);
    if (checklistState.value?.code === code) checklistState.value = { code, state };
  }

  return { checklistState, printChecklist, dispose };
}
