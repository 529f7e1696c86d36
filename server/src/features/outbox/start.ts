/** Starts forwarding to the province's hub when the site config has a `hub:` section; otherwise does nothing. */
import type { AppContext } from '../../app/context';
import { namesFrom } from '../reports/report';
import { ratingLevels } from '../rating';
import { Forwarder } from './forwarder';
import { disableForwarding } from './store';
import type { OfficeProfile } from './wire';

const running = new WeakMap<AppContext, Forwarder>();

/** The forwarder this server runs, if any (the admin panel's "send now"). */
export function forwarderOf(ctx: AppContext): Forwarder | null {
  return running.get(ctx) ?? null;
}

/** What the hub needs to word this office's report as the office does: names, rating levels, calendar. */
function officeProfile(ctx: AppContext): OfficeProfile {
  const names = namesFrom(ctx.config);
  const h = ctx.config.hours;
  // The levels exactly as this office's report lists them (the report takes them from the same function).
  const levels = ratingLevels(ctx).map(({ key, label }) => ({ key, label }));
  return {
    timeZone: ctx.config.timeZone,
    services: Object.fromEntries(ctx.config.services.map((s) => [s.id, names.service(s.id)])),
    counters: Object.fromEntries(ctx.config.counters.map((c) => [c.id, names.counter(c.id)])),
    levels,
    hours: h ? { holidays: h.holidays.map((d) => d.date), extraWorkdays: h.extraWorkdays } : null,
  };
}

/** Starts the forwarder (woken by every committed command); `stop` ends it at shutdown. */
export function startForwarding(ctx: AppContext, env: NodeJS.ProcessEnv = process.env): { forwarder: Forwarder | null; stop(): Promise<void> } {
  const cfg = ctx.config.hub;
  if (!cfg) {
    if (disableForwarding(ctx.queue.journal.db)) ctx.log.info('hub forwarding turned off (no hub: section): the outbox is emptied');
    return { forwarder: null, stop: async () => {} };
  }
  const token = env.MOTCUA_HUB_TOKEN ?? cfg.token;
  if (!token) {
    ctx.log.warn('hub: no token (config hub.token or MOTCUA_HUB_TOKEN): nothing is forwarded');
    return { forwarder: null, stop: async () => {} };
  }
  // The profile is rebuilt once a minute at most: an admin may rename a service or a counter.
  let profile: { at: number; value: OfficeProfile } | null = null;
  const current = () => {
    if (!profile || Date.now() - profile.at > 60_000) profile = { at: Date.now(), value: officeProfile(ctx) };
    return profile.value;
  };
  const forwarder = new Forwarder({
    db: ctx.queue.journal.db, url: cfg.url, office: cfg.office, token, log: ctx.log, now: Date.now,
    batchSize: cfg.batchSize, intervalMs: cfg.intervalMs, profile: current,
  });
  forwarder.start();
  running.set(ctx, forwarder);
  const off = ctx.bus.on('committed', () => forwarder.wake());
  return { forwarder, async stop() { off(); running.delete(ctx); await forwarder.stop(); } };
}
