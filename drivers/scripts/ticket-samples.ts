/** Writes the sample tickets shown in the docs: `npx tsx drivers/scripts/ticket-samples.ts [outDir]`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTicket } from '../src/printer/raster';
import type { TicketPrintJob } from '../src/types';

const job: TicketPrintJob = {
  ticketId: 'AbCdEfGhIjKlMnOpQr',
  officeName: 'Trung tâm Phục vụ hành chính công xã Hòa An',
  serviceName: 'Hộ tịch',
  number: 'A015',
  priorityName: 'Người cao tuổi',
  issuedAt: Date.UTC(2026, 10, 23, 1, 15),
  timeZone: 'Asia/Ho_Chi_Minh',
  ahead: 3,
  url: 'http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr',
};

const out = process.argv[2] ?? join(import.meta.dirname, '../../docs/img');
mkdirSync(out, { recursive: true });
for (const [mm, dots] of [[80, 576], [58, 384]] as const) {
  const png = await renderTicket(job, dots).png!();
  writeFileSync(join(out, `ticket-${mm}mm.png`), png);
  console.log(join(out, `ticket-${mm}mm.png`));
}
