/**
 * The forwarding state for /admin: GET /api/admin/hub-forwarding (supervisor, admin) -> HubForwardingView;
 * POST /api/admin/hub-forwarding/send (admin) sends now instead of at the next look.
 */
import { allow } from '../../app/access';
import { json, principalOf } from '../admin/http';
import type { Feature } from '../feature';
import { forwarderOf } from './start';
import { forwardState, type ForwardState } from './store';

/** What the panel shows: whether a hub is configured, for which office code, and the outbox's state. */
export interface HubForwardingView extends ForwardState { configured: boolean; office: string | null; running: boolean }

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
