/**
 * Admin and supervisor settings. Every /api/admin/* route is for the admin role only (checked here, on the server).
 * REST  GET /api/admin/setup; POST /api/admin/services, PUT /api/admin/services/:id; POST /api/admin/counters,
 *       PUT /api/admin/counters/:id; GET|PUT /api/admin/priorities {priorities, priorityPolicy};
 *       GET|POST /api/admin/staff, PUT /api/admin/staff/:username {name?, role?, password?};
 *       GET|POST /api/admin/devices {id, role, counterId?} -> {device, token} (token shown once), DELETE /api/admin/devices/:id;
 *       GET|PUT /api/admin/notices {notices}; GET|PUT /api/admin/rating {lowReasons};
 *       GET /api/admin/catalog?q=&field=, GET|PUT|DELETE /api/admin/catalog/procedures/:code, POST /api/admin/catalog/procedures;
 *       GET /api/admin/catalog/export?format=json|csv (a download), POST /api/admin/catalog/import?format=json|csv (raw file)
 *       -> {imported} or 422 {imported: 0, errors: [{line, column?, message}]}, GET /api/admin/catalog/import/status.
 * socket server -> every screen 'setup' Snapshot after a set-up, notice or rating-reason change;
 *        server -> every screen 'catalog' {etag} after a catalog edit or import (kiosks fetch /api/catalog again).
 * A revoked device token's open sockets are disconnected at once (and its token no longer connects).
 */
import type { Router } from 'express';
import type { SiteConfig } from '@motcua/config';
import type { AppContext } from '../app/context';
import { buildSnapshot } from '../app/snapshot';
import { requireRole } from '../http/principal';
import type { Io } from '../http/socket';
import { catalogRoutes } from './admin/catalog-routes';
import { accountRoutes } from './admin/account-routes';
import { effectiveConfig, loadOverrides } from './admin/settings';
import { setupRoutes } from './admin/setup-routes';
import { voiceRoutes } from './admin/voice-routes';
import { catalogChanged, catalogJson } from './catalog';
import type { Feature } from './feature';

interface Runtime { file: SiteConfig; push(): void; io?: Io }
const runtimes = new WeakMap<AppContext, Runtime>();

/** Rebuilds ctx.config from the config file, the journal's set-up and the admin's overrides. */
function refresh(ctx: AppContext): void {
  const rt = runtimes.get(ctx);
  if (!rt) return;
  ctx.config = effectiveConfig(rt.file, loadOverrides(ctx.queue.journal.db), ctx.queue.state.setup);
  ctx.auth.setConfig(ctx.config);
  dropRevoked(ctx);
}

/** Disconnects the open sockets of devices whose token is no longer in the config (revoked). */
function dropRevoked(ctx: AppContext): void {
  const io = runtimes.get(ctx)?.io;
  if (!io) return;
  const live = new Set(ctx.config.deviceTokens.map((d) => d.id));
  for (const socket of io.of('/').sockets.values()) {
    const p = (socket.data as { principal?: { kind: string; id?: string } | null }).principal;
    if (p?.kind === 'device' && p.id && !live.has(p.id)) socket.disconnect(true);
  }
  // A revoked screen is not expected back: no "offline" alert for it.
  for (const d of ctx.presence?.list() ?? []) if (!live.has(d.id)) ctx.presence?.forget(d.id);
}

/** Registers every /api/admin route group (the feature below; the tests list the routes from here). */
export function adminRoutes(r: Router, ctx: AppContext, changed: { settings(live: boolean): void; catalog(): void }): void {
  setupRoutes(r, ctx);
  accountRoutes(r, ctx, changed.settings);
  catalogRoutes(r, ctx, changed.catalog);
  voiceRoutes(r, ctx, changed.settings);
}

export const adminFeature: Feature = {
  name: 'admin',
  routes(r, ctx) {
    runtimes.set(ctx, { file: ctx.config, push: () => {} });
    refresh(ctx);
    r.use('/admin', requireRole(ctx, 'admin'));
    adminRoutes(r, ctx, {
      settings: (live) => { refresh(ctx); if (live) runtimes.get(ctx)?.push(); },
      catalog: () => {
        catalogChanged(ctx);
        runtimes.get(ctx)?.io?.emit('catalog', { etag: catalogJson(ctx).etag });
      },
    });
  },
  sockets(io, ctx, calls) {
    const rt = runtimes.get(ctx);
    if (!rt) return;
    rt.io = io;
    rt.push = () => {
      io.to('staff').emit('setup', buildSnapshot(ctx, calls, true));
      io.except('staff').emit('setup', buildSnapshot(ctx, calls, false));
    };
    ctx.bus.on('committed', ({ events }) => {
      if (!events.some(({ event }) => event.type === 'SetupApplied')) return;
      refresh(ctx);
      rt.push();
    });
  },
};
