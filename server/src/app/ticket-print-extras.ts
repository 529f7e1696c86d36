/** What the printed ticket carries beyond the ticket's view (its language, wait, counters), as the devices take it. */
/** The extra fields of a print job (drivers' TicketPrintJob) the server fills in. */
export interface TicketPrintExtras {
  lang?: 'vi' | 'en';
  officeName?: string;
  serviceName?: string;
  priorityName?: string | null;
  waitText?: string;
  /** The QR's address: the ticket's page, with ?lang=en for a ticket taken in English. */
  url?: string;
  counters?: number[];
}
