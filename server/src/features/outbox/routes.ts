/**
 * The forwarding state for /admin: GET /api/admin/hub-forwarding (supervisor, admin) -> HubForwardingView;
 * POST /api/admin/hub-forwarding/send (admin) sends now instead of at the next look.
 */
import { allow } from '../../app/access';
import type { HubForwardingView } from '../../contract';
import { json, principalOf } from '../admin/http';
import type { Feature } from '../feature';
import { forwarderOf } from './start';
import { forwardState } from './store';

export const hubForwardingFeature: Feature = {
  name: 'hub-forwarding',
  routes(r, ctx) {
    r.get('/admin/hub-forwarding', json((req) => {
      allow(principalOf(ctx, req), ['supervisor', 'admin']);
      const view: HubForwardingView = {
        ...forwardState(ctx.queue.journal.db), configured: !!ctx.config.hub, office: ctx.config.hub?.office ?? null, running: !!forwarderOf(ctx),
      };
      return view;
    }));
    r.post('/admin/hub-forwarding/send', json((req) => {
      allow(principalOf(ctx, req), ['admin']);
      const f = forwarderOf(ctx);
      f?.wake();
      return { woken: !!f };
    }));
  },
};
