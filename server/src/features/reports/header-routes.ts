/**
 * The report heading in /admin.
 * REST GET /api/admin/report-header -> ReportHeader; PUT /api/admin/report-header ReportHeader -> ReportHeader (admin only).
 */
import type { Router } from 'express';
import { reportHeaderSchema } from '@motcua/config';
import { actor, allow } from '../../app/access';
import type { AppContext } from '../../app/context';
import { parseInput } from '../../http/errors';
import { json, principalOf } from '../admin/http';
import { reportHeader, saveReportHeader } from './header';

/** Adds the heading's routes. */
export function reportHeaderRoutes(r: Router, ctx: AppContext): void {
  r.get('/admin/report-header', json((req) => { allow(principalOf(ctx, req), ['admin']); return reportHeader(ctx); }));
  r.put('/admin/report-header', json((req) => {
    const who = allow(principalOf(ctx, req), ['admin']);
    const header = parseInput(reportHeaderSchema, req.body);
    return saveReportHeader(ctx, header, actor(who), ctx.now());
  }));
}
