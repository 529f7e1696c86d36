/** "In danh sách giấy tờ": prints the open procedure's documents checklist on the kiosk's printer. */
import { signal } from '@preact/signals';
import type { ChecklistPrintView } from '@motcua/server/contract';
import { token } from '../socket';
import { onGoHome, screen } from './app';
import { effect } from '@preact/signals';

/** The print of the checklist on screen: null before the citizen asks. */
export const checklistState = signal<{ code: string; state: 'printing' | 'printed' | 'failed' } | null>(null);

onGoHome(() => { checklistState.value = null; });
effect(() => { if (screen.value !== 'procedure') checklistState.value = null; });

/** Asks the server to print the checklist of a procedure; the outcome is shown like a ticket's. */
export async function printChecklist(code: string): Promise<void> {
  if (checklistState.value?.state === 'printing') return;
  checklistState.value = { code, state: 'printing' };
  let state: 'printed' | 'failed' = 'failed';
  try {
    const res = await fetch('/api/kiosk/checklist', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token.value ? { authorization: `Bearer ${token.value}` } : {}) },
      body: JSON.stringify({ code }),
    });
    if (res.ok) state = ((await res.json()) as ChecklistPrintView).state;
  } catch { /* unreachable server: failed */ }
  if (checklistState.value?.code === code) checklistState.value = { code, state };
}
