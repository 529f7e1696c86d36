/** Rate limits per device and per username (rate-limiter-flexible, in memory: one office, one process). */
import { createRequire } from 'node:module';
import type * as Flexible from 'rate-limiter-flexible';
import type { SiteConfig } from '@motcua/config';
import { ApiFailure } from './failure';
import type { AppContext } from './context';
import type { Principal } from './auth';
import { actor } from './access';

// Only the in-memory limiter: the package's index loads every store's wrapper (a quarter second at start-up).
const load = createRequire(import.meta.url);
const RateLimiterMemory = load('rate-limiter-flexible/lib/RateLimiterMemory.js') as typeof Flexible.RateLimiterMemory;
const RateLimiterRes = load('rate-limiter-flexible/lib/RateLimiterRes.js') as typeof Flexible.RateLimiterRes;
type RateLimiterMemory = Flexible.RateLimiterMemory;

/** A 429: too many requests; `retryAfter` seconds until the next one is accepted (sent as Retry-After). */
export class RateLimited extends ApiFailure {
  constructor(readonly retryAfter: number, what: string) {
    super(429, 'RATE_LIMITED', `Quá nhiều yêu cầu, thử lại sau ${retryAfter} giây / too many ${what}, retry in ${retryAfter} s`, [`retryAfter: ${retryAfter}`]);
  }
}

interface Limiters { loginDevice: RateLimiterMemory; loginUser: RateLimiterMemory; issueMinute: RateLimiterMemory; issueHour: RateLimiterMemory; lookup: RateLimiterMemory; key: string }
const byCtx = new WeakMap<AppContext, Limiters>();

function make(sec: SiteConfig['security']): Limiters {
  return {
    loginDevice: new RateLimiterMemory({ points: sec.loginPerMinute, duration: 60 }),
    loginUser: new RateLimiterMemory({ points: sec.loginFailuresPerUser, duration: 15 * 60 }),
    issueMinute: new RateLimiterMemory({ points: sec.issuePerMinute, duration: 60 }),
    issueHour: new RateLimiterMemory({ points: sec.issuePerHour, duration: 3600 }),
    lookup: new RateLimiterMemory({ points: sec.lookupPerMinute, duration: 60 }),
    key: JSON.stringify(sec),
  };
}

/** The limiters for this server; rebuilt when the admin changes the settings. */
function limiters(ctx: AppContext): Limiters {
  const sec = ctx.config.security;
  let l = byCtx.get(ctx);
  if (!l || l.key !== JSON.stringify(sec)) byCtx.set(ctx, (l = make(sec)));
  return l;
}

async function take(rl: RateLimiterMemory, key: string, what: string, points = 1): Promise<void> {
  try {
    await rl.consume(key, points);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new RateLimited(Math.max(1, Math.ceil(e.msBeforeNext / 1000)), what);
    throw e;
  }
}

/** Refuses a sign-in from a device (address) that tried too often, or for a username with too many wrong passwords. */
export async function limitLogin(ctx: AppContext, device: string, username: string): Promise<void> {
  const l = limiters(ctx);
  await take(l.loginDevice, device, 'sign-ins');
  const user = await l.loginUser.get(username);
  if (user && user.consumedPoints >= ctx.config.security.loginFailuresPerUser) throw new RateLimited(Math.max(1, Math.ceil(user.msBeforeNext / 1000)), 'wrong passwords');
}

/** Counts a wrong password against the username; a right one clears the count. */
export async function loginOutcome(ctx: AppContext, username: string, ok: boolean): Promise<void> {
  const l = limiters(ctx);
  if (ok) await l.loginUser.delete(username);
  else await l.loginUser.penalty(username, 1);
}


/** Refuses a ticket or a scan from a device (or staff member) over the per-minute or per-hour limit. */
export async function limitIssue(ctx: AppContext, p: Principal): Promise<void> {
  const l = limiters(ctx);
  await take(l.issueMinute, actor(p), 'tickets or scans');
  await take(l.issueHour, actor(p), 'tickets or scans');
}

/** Refuses a public dossier look-up from an address that asked too often (codes must not be walked). */
export async function limitLookup(ctx: AppContext, address: string): Promise<void> {
  await take(limiters(ctx).lookup, address, 'look-ups');
}
