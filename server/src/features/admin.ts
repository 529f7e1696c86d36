/**
 * Admin and supervisor settings. Every /api/admin/* route is for the admin role only (checked here, on the server).
 * REST  GET /api/admin/setup; POST /api/admin/services, PUT /api/admin/services/:id; POST /api/admin/counters,
 *       PUT /api/admin/counters/:id; GET|PUT /api/admin/priorities {priorities, priorityPolicy};
 *       GET|POST /api/admin/staff, PUT /api/admin/staff/:username {name?, role?, password?};
 *       GET|POST /api/admin/devices {id, role, counterId?} -> {device, token} (token shown once), DELETE /api/admin/devices/:id;
 *       GET|PUT /api/admin/notices {notices}; GET|PUT /api/admin/rating {lowReasons}.
 * socket server -> every screen 'setup' Snapshot after a set-up, notice or rating-reason change.
 */
import type { SiteConfig } from '@motcua/config';
import { require } from '../app/actions';
import type { AppContext } from '../app/context';
import { buildSnapshot } from '../app/snapshot';
import { describeError } from '../http/errors';
import { accountRoutes } from './admin/account-routes';
import { principalOf } from './admin/http';
import { effectiveConfig, loadOverrides } from './admin/settings';
import { setupRoutes } from './admin/setup-routes';
import type { Feature } from './index';

interface Runtime { file: SiteConfig; push(): void }
const runtimes = new WeakMap<AppContext, Runtime>();

/** Rebuilds ctx.config from the config file, the journal's set-up and the admin's overrides. */
function refresh(ctx: AppContext): void {
  const rt = runtimes.get(ctx);
  if (!rt) return;
  ctx.config = effectiveConfig(rt.file, loadOverrides(ctx.queue.journal.db), ctx.queue.state.setup);
  ctx.auth.setConfig(ctx.config);
}

export const adminFeature: Feature = {
  name: 'admin',
  routes(r, ctx) {
    runtimes.set(ctx, { file: ctx.config, push: () => {} });
    refresh(ctx);
    r.use('/admin', (req, res, next) => {
      try {
        require(principalOf(ctx, req), ['admin']);
        next();
      } catch (e) {
        const { status, error } = describeError(e);
        res.status(status).json({ error });
      }
    });
    setupRoutes(r, ctx);
    accountRoutes(r, ctx, (live) => { refresh(ctx); if (live) runtimes.get(ctx)?.push(); });
  },
  sockets(io, ctx, calls) {
    const rt = runtimes.get(ctx);
    if (!rt) return;
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
