/** The sample ticket of the docs' pictures (drivers/scripts/ticket-samples.ts) and of the printer tests. */
import type { TicketPrintJob } from '../types';

/** A ticket like the kiosk prints (an elderly citizen's Hộ tịch ticket at Hòa An), with `over` changed. */
export function sampleTicketJob(over: Partial<TicketPrintJob> = {}): TicketPrintJob {
  return {
    ticketId: 'AbCdEfGhIjKlMnOpQr',
    officeName: 'Trung tâm Phục vụ hành chính công xã Hòa An',
    serviceName: 'Hộ tịch',
    number: 'A015',
    priorityName: 'Người cao tuổi',
    issuedAt: Date.UTC(2026, 10, 23, 1, 15),
    timeZone: 'Asia/Ho_Chi_Minh',
    ahead: 3,
    url: 'http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr',
    ...over,
  };
}
