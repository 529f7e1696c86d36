/** The server's side of the hardware: the printer and scanners from config, their health, and printing tickets. */
import type { DeviceStatusView, PrintResultView, TicketView } from '../contract';
import type { Logger } from '../log';
import type { TicketPrintExtras } from './ticket-print-extras';
import type { PrintOutcome } from '@motcua/drivers/types';
import type { ChecklistPrintJob } from '@motcua/drivers/printer/checklist-layout';

/** What the server needs of the hardware; the real one wraps @motcua/drivers. */
export interface Devices {
  /** Health of every device, for /api/health and the staff screens. */
  list(): DeviceStatusView[];
  /** Called on any health change. */
  onChange(cb: (list: DeviceStatusView[]) => void): () => void;
  /** Prints a ticket (extra: its language, names in it, wait and counters); never throws, resolves with what happened. */
  printTicket(t: TicketView, officeName: string, timeZone: string, extra?: TicketPrintExtras): Promise<PrintResultView>;
  /** Prints a documents checklist through the same printer queue; never throws. Absent: no printer. */
  printChecklist?(job: ChecklistPrintJob): Promise<PrintOutcome>;
  /** The kiosk showed a failed ticket on screen: do not print it later. */
  dropPrint(ticketId: string): void;
  /** Called for every scanned line from a serial scanner, with the kiosk it sits at (config `kiosk`, else its id). */
  onScan(cb: (scannerId: string, result: unknown, kioskId?: string) => void): () => void;
  close(): Promise<void>;
}

/** No hardware at all (used until drivers are configured). */
export function noDevices(_log: Logger): Devices {
  return {
    list: () => [],
    onChange: () => () => {},
    printTicket: async (t) => ({ ticketId: t.id, state: 'failed', reason: 'no printer configured' }),
    dropPrint: () => {},
    onScan: () => () => {},
    close: async () => {},
  };
}
