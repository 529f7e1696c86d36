/** /api/admin services, counters and priorities: every change is an applySetup command (source 'admin', by = username). */
import type { Router } from 'express';
import type { Setup } from '../../core';
import type { Principal } from '../../app/auth';
import type { AppContext } from '../../app/context';
import { ApiFailure, parseInput } from '../../http/errors';
import { json, principalOf } from './http';
import { counterPatchSchema, counterSchema, idParam, prioritiesSchema, servicePatchSchema, serviceSchema } from './schemas';

/** Runs the set-up through the core (which validates it) and journals who changed it. */
function changeSetup(ctx: AppContext, who: Principal | null, change: (s: Setup) => Setup): Setup {
  const by = who?.kind === 'staff' ? who.username : 'admin';
  const current = ctx.queue.state.setup;
  if (!current) throw new ApiFailure(409, 'INVALID_SETUP', 'Chưa có cấu hình / no set-up yet');
  const next = change(structuredClone(current));
  ctx.queue.execute({ type: 'applySetup', setup: next, source: 'admin', by, at: ctx.now() }, `staff:${by}`);
  return ctx.queue.state.setup!;
}

const notFound = (what: string, id: string): never => { throw new ApiFailure(404, 'NOT_FOUND', `Không tìm thấy ${what} "${id}" / no such ${what}`); };
const taken = (what: string, id: string): never => { throw new ApiFailure(409, 'DUPLICATE', `${what} "${id}" đã có / already exists`); };

/** Adds the set-up routes to the router. */
export function setupRoutes(r: Router, ctx: AppContext): void {
  r.get('/admin/setup', json(() => ctx.queue.state.setup));
  r.post('/admin/services', json((req) => {
    const sv = parseInput(serviceSchema, req.body);
    return changeSetup(ctx, principalOf(ctx, req), (s) => {
      if (s.services.some((x) => x.id === sv.id)) taken('Lĩnh vực', sv.id);
      return { ...s, services: [...s.services, sv] };
    }).services.find((x) => x.id === sv.id);
  }, 201));
  r.put('/admin/services/:id', json((req) => {
    const id = parseInput(idParam, req.params.id);
    const patch = parseInput(servicePatchSchema, req.body);
    return changeSetup(ctx, principalOf(ctx, req), (s) => {
      if (!s.services.some((x) => x.id === id)) notFound('lĩnh vực', id);
      return { ...s, services: s.services.map((x) => (x.id === id ? { ...x, ...patch } : x)) };
    }).services.find((x) => x.id === id);
  }));
  r.post('/admin/counters', json((req) => {
    const c = parseInput(counterSchema, req.body);
    return changeSetup(ctx, principalOf(ctx, req), (s) => {
      if (s.counters.some((x) => x.id === c.id)) taken('Quầy', c.id);
      return { ...s, counters: [...s.counters, c] };
    }).counters.find((x) => x.id === c.id);
  }, 201));
  r.put('/admin/counters/:id', json((req) => {
    const id = parseInput(idParam, req.params.id);
    const patch = parseInput(counterPatchSchema, req.body);
    return changeSetup(ctx, principalOf(ctx, req), (s) => {
      if (!s.counters.some((x) => x.id === id)) notFound('quầy', id);
      return { ...s, counters: s.counters.map((x) => (x.id === id ? { ...x, ...patch } : x)) };
    }).counters.find((x) => x.id === id);
  }));
  r.get('/admin/priorities', json(() => ({ priorities: ctx.queue.state.setup?.priorities ?? [], priorityPolicy: ctx.queue.state.setup?.priorityPolicy })));
  r.put('/admin/priorities', json((req) => {
    const body = parseInput(prioritiesSchema, req.body);
    const s = changeSetup(ctx, principalOf(ctx, req), (x) => ({ ...x, priorities: body.priorities, priorityPolicy: body.priorityPolicy }));
    return { priorities: s.priorities, priorityPolicy: s.priorityPolicy };
  }));
}
