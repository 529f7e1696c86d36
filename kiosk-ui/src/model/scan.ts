/** Scans at the kiosk: keyboard-mode bursts on the page and serial scans pushed by the server. */
import { effect, signal, untracked } from '@preact/signals';
import type { KioskScanView } from '@motcua/server/contract';
import { SCAN_FAILED, type KioskServer } from '../socket';
import type { Navigation } from './app';
import type { TicketModel } from './ticket';
import type { LookupModel } from './lookup';

/** What scanning needs: the server (it parses lines and pushes serial scans), navigation, the ticket and look-up models. */
export interface ScanDeps {
  server: Pick<KioskServer, 'sendScan' | 'pushedScan'>;
  nav: Navigation;
  ticket: TicketModel;
  lookup: Pick<LookupModel, 'selected'>;
}

/** The scan model; dispose() stops following pushed scans. */
export function createScan({ server, nav, ticket, lookup }: ScanDeps) {
  /** The last scan's outcome shown on the scan screen (dossier, ticket, unknown). */
  const scanResult = signal<KioskScanView | null>(null);
  const scanBusy = signal(false);

  nav.onGoHome(() => { scanResult.value = null; });

  /** Handles one parsed scan wherever the kiosk is. */
  async function handleScan(scan: KioskScanView): Promise<void> {
    nav.touched();
    if (scan.kind === 'cccd') {
      ticket.greeting.value = { vi: scan.greeting, en: scan.greetingEn };
      scanResult.value = null;
      // On a procedure page the service is already chosen: take the number at once, no typing.
      const serviceId = nav.screen.value === 'procedure' ? lookup.selected.value?.serviceId : undefined;
      if (serviceId && ticket.canTake.value && ticket.services.value.some((s) => s.id === serviceId)) return ticket.take(serviceId);
      nav.go('services');
      return;
    }
    scanResult.value = scan;
    nav.go('scan');
  }

  /** Sends a keyboard-mode scanned line to the server and shows what it was. */
  async function scanLine(line: string): Promise<void> {
    scanBusy.value = true;
    try {
      await handleScan(await server.sendScan(line));
    } catch {
      await handleScan({ kind: 'unknown', ...SCAN_FAILED });
    } finally {
      scanBusy.value = false;
    }
  }

  const dispose = effect(() => {
    const p = server.pushedScan.value;
    // Only a new pushed scan re-runs this: what handleScan reads must not.
    if (p) untracked(() => void handleScan(p.scan));
  });

  return { scanResult, scanBusy, handleScan, scanLine, dispose };
}
