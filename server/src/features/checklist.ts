/**
 * "In danh sách giấy tờ": the kiosk prints a procedure's documents checklist on the ticket printer.
 * REST  POST /api/kiosk/checklist {code} (kiosk or staff token) -> ChecklistPrintView
 *       {code, state: 'printed'} | {code, state: 'failed', reason}; 404 UNKNOWN_PROCEDURE.
 * A checklist not printed in the printer's time limit is dropped from the queue and reported failed,
 * as the kiosk does for a ticket: nothing comes out later for the next citizen.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CODE_PATTERN } from '@motcua/config/catalog';
import type { ChecklistPrintJob } from '@motcua/drivers/printer/checklist-layout';
import type { AppContext } from '../app/context';
import { hoursView } from '../app/hours';
import { ApiFailure, parseInput } from '../http/errors';
import { json, requireRole } from '../http/principal';
import { findProcedure } from './catalog';
import type { Feature } from './feature';

import type { ChecklistPrintView } from '../contract/rest';

export const checklistSchema = z.object({ code: z.string().regex(CODE_PATTERN) }).strict();

/** The page a checklist's QR opens: the procedure as a phone page on the office's public address (http/procedure-page.tsx). */
function procedureUrl(ctx: AppContext, code: string): string {
  return `${ctx.config.office.publicUrl}/thu-tuc/${encodeURIComponent(code)}`;
}

/** The print job for a procedure, or a 404. */
export function checklistJob(ctx: AppContext, code: string): ChecklistPrintJob {
  const p = findProcedure(ctx, code);
  if (!p) throw new ApiFailure(404, 'UNKNOWN_PROCEDURE', 'Không có thủ tục này / no such procedure');
  const hours = hoursView(ctx.config, ctx.now());
  return {
    jobId: `checklist-${randomBytes(6).toString('hex')}`,
    officeName: ctx.config.office.name,
    procedureName: p.name,
    procedureCode: p.code,
    documents: p.documents,
    feeText: p.fee.text,
    timeLimitText: p.timeLimit.text,
    hoursText: hours.scheduleText || null,
    url: procedureUrl(ctx, p.code),
    printedAt: ctx.now(),
    timeZone: ctx.config.timeZone,
  };
}

export const checklistFeature: Feature = {
  name: 'checklist',
  routes(r, ctx) {
    r.post('/kiosk/checklist', requireRole(ctx, 'kiosk', 'staff', 'supervisor', 'admin'), json(async (req) => {
      const { code } = parseInput(checklistSchema, req.body);
      const job = checklistJob(ctx, code);
      const out = ctx.devices.printChecklist
        ? await ctx.devices.printChecklist(job)
        : { state: 'failed' as const, reason: 'no printer configured' };
      let view: ChecklistPrintView;
      if (out.state === 'printed') view = { code, state: 'printed' };
      else {
        if (out.state === 'queued') ctx.devices.dropPrint(job.jobId);
        view = { code, state: 'failed', reason: out.reason };
        ctx.log.warn(`checklist ${code} not printed: ${out.reason}`);
      }
      return view;
    }));
  },
};
