/** /api/admin services, counters and priorities: every change is an applySetup command (source 'admin', by = username). */
import type { Request, Router } from 'express';
import type { z } from 'zod';
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

/**
 * POST /admin/<list> adds an item under a new id, PUT /admin/<list>/:id changes one: the same for services and
 * counters. Each answers the item as the core kept it.
 */
function listRoutes<K extends 'services' | 'counters'>(r: Router, ctx: AppContext, list: K, words: { one: string; Capital: string },
  add: z.ZodType<Setup[K][number]>, patchOf: z.ZodType<Partial<Setup[K][number]>>): void {
  type Item = Setup[K][number];
  const items = (s: Setup): Item[] => s[list];
  const change = (req: Request, fn: (items: Item[]) => Item[]) =>
    items(changeSetup(ctx, principalOf(ctx, req), (s) => ({ ...s, [list]: fn(items(s)) })));
  r.post(`/admin/${list}`, json((req) => {
    const item = parseInput(add, req.body);
    return change(req, (xs) => {
      if (xs.some((x) => x.id === item.id)) taken(words.Capital, item.id);
      return [...xs, item];
    }).find((x) => x.id === item.id);
  }, 201));
  r.put(`/admin/${list}/:id`, json((req) => {
    const id = parseInput(idParam, req.params.id);
    const patch = parseInput(patchOf, req.body);
    return change(req, (xs) => {
      if (!xs.some((x) => x.id === id)) notFound(words.one, id);
      return xs.map((x) => (x.id === id ? { ...x, ...patch } : x));
    }).find((x) => x.id === id);
  }));
}

/** Adds the set-up routes to the router. */
export function setupRoutes(r: Router, ctx: AppContext): void {
  r.get('/admin/setup', json(() => ctx.queue.state.setup));
  listRoutes(r, ctx, 'services', { one: 'lĩnh vực', Capital: 'Lĩnh vực' }, serviceSchema, servicePatchSchema);
  listRoutes(r, ctx, 'counters', { one: 'quầy', Capital: 'Quầy' }, counterSchema, counterPatchSchema);
  r.get('/admin/priorities', json(() => ({ priorities: ctx.queue.state.setup?.priorities ?? [], priorityPolicy: ctx.queue.state.setup?.priorityPolicy })));
  r.put('/admin/priorities', json((req) => {
    const body = parseInput(prioritiesSchema, req.body);
    const s = changeSetup(ctx, principalOf(ctx, req), (x) => ({ ...x, priorities: body.priorities, priorityPolicy: body.priorityPolicy }));
    return { priorities: s.priorities, priorityPolicy: s.priorityPolicy };
  }));
}
