/** Writes the sample tickets shown in the docs: `npx tsx drivers/scripts/ticket-samples.ts [outDir]`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTicket } from '../src/printer/raster';
import { sampleTicketJob } from '../src/printer/sample-ticket';

const job = sampleTicketJob();

const out = process.argv[2] ?? join(import.meta.dirname, '../../docs/img');
mkdirSync(out, { recursive: true });
for (const [mm, dots] of [[80, 576], [58, 384]] as const) {
  const png = await renderTicket(job, dots).png!();
  writeFileSync(join(out, `ticket-${mm}mm.png`), png);
  console.log(join(out, `ticket-${mm}mm.png`));
}
