/** Writes docs/img/checklist-sample.png: the documents checklist the demo kiosk prints for "Đăng ký khai sinh". `npx tsx scripts/checklist-sample.ts` */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChecklist } from '@motcua/drivers/printer/checklist-layout';
import { testServer } from '../server/test/integration/helpers';
import { checklistJob } from '../server/src/features/checklist';

// 09:15 on a Monday in winter: the schedule in force then is the one printed.
const srv = await testServer({ now: () => Date.parse('2026-11-23T09:15:00+07:00') });
try {
  const png = await renderChecklist(checklistJob(srv.ctx, '1.001193'), 576).png!();
  const out = join(import.meta.dirname, '../docs/img/checklist-sample.png');
  writeFileSync(out, png);
  console.log(out);
} finally { await srv.close(); }
