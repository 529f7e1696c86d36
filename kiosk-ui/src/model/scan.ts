/** Scans at the kiosk: keyboard-mode bursts on the page and serial scans pushed by the server. */
import { effect, signal, untracked } from '@preact/signals';
import type { KioskScanView } from '@motcua/server/contract';
import { pushedScan, SCAN_FAILED, sendScan } from '../socket';
import { go, onGoHome, screen, touched } from './app';
import { greeting, services, take, canTake } from './ticket';
import { selected } from './lookup';

/** The last scan's outcome shown on the scan screen (dossier, ticket, unknown). */
export const scanResult = signal<KioskScanView | null>(null);
export const scanBusy = signal(false);

onGoHome(() => { scanResult.value = null; });

/** Handles one parsed scan wherever the kiosk is. */
export async function handleScan(scan: KioskScanView): Promise<void> {
  touched();
  if (scan.kind === 'cccd') {
    greeting.value = { vi: scan.greeting, en: scan.greetingEn };
    scanResult.value = null;
    // On a procedure page the service is already chosen: take the number at once, no typing.
    const serviceId = screen.value === 'procedure' ? selected.value?.serviceId : undefined;
    if (serviceId && canTake.value && services.value.some((s) => s.id === serviceId)) return take(serviceId);
    go('services');
    return;
  }
  scanResult.value = scan;
  go('scan');
}

/** Sends a keyboard-mode scanned line to the server and shows what it was. */
export async function scanLine(line: string): Promise<void> {
  scanBusy.value = true;
  try {
    await handleScan(await sendScan(line));
  } catch {
    await handleScan({ kind: 'unknown', ...SCAN_FAILED });
  } finally {
    scanBusy.value = false;
  }
}

effect(() => {
  const p = pushedScan.value;
  // Only a new pushed scan re-runs this: what handleScan reads must not.
  if (p) untracked(() => void handleScan(p.scan));
});
