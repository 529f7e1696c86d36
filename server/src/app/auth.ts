/** Staff accounts (scrypt), sessions, and device tokens: who is asking, and may they. */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { SiteConfig } from '@motcua/config';
import type { Db } from '../journal/db';

export type StaffRole = 'staff' | 'supervisor' | 'admin';
export type DeviceRole = 'kiosk' | 'display' | 'counter' | 'integration';
export type Principal =
  | { kind: 'staff'; username: string; name: string; role: StaffRole }
  | { kind: 'device'; id: string; role: DeviceRole; counterId?: string };

const SESSION_MS = 12 * 3_600_000;
/** Credentials shipped with the demo office; never accepted in production. */
const DEMO_TOKENS = new Set(['demo-kiosk', 'demo-display', 'demo-counter', 'demo-integration']);
const DEMO_PASSWORD = 'demo';

/** scrypt hash in the form scrypt$N$r$p$salt$hash. */
export function hashPassword(password: string, N = 16384, r = 8, p = 1): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Checks a password against a stored scrypt hash in constant time. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const got = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(N), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(expected, got);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Resolves bearer tokens to principals and signs staff in. */
export class Auth {
  private demoFound: string[] | null = null;
  constructor(private readonly db: Db, private config: SiteConfig, private readonly production: boolean, private readonly now: () => number) {}

  /** Replaces the config (admin edits, reload). */
  setConfig(config: SiteConfig): void {
    this.config = config;
    this.demoFound = null;
  }

  /** Signs a staff member in; returns a session token, or null for a wrong name or password. */
  login(username: string, password: string): { token: string; principal: Principal } | null {
    const account = this.config.staff.find((s) => s.username === username);
    if (!account || !verifyPassword(password, account.passwordHash)) return null;
    if (this.production && password === DEMO_PASSWORD) return null;
    const token = randomBytes(24).toString('base64url');
    const at = this.now();
    this.db.prepare('INSERT INTO sessions (token_sha256, username, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(sha256(token), account.username, account.role, at, at + SESSION_MS);
    return { token, principal: { kind: 'staff', username: account.username, name: account.name, role: account.role } };
  }

  /** Ends a session. */
  logout(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_sha256 = ?').run(sha256(token));
  }

  /** Who a bearer token belongs to, or null. */
  resolve(token: string | undefined | null): Principal | null {
    if (!token || token.length > 200) return null;
    const digest = sha256(token);
    const device = this.config.deviceTokens.find((d) => d.tokenSha256 === digest);
    if (device) {
      if (this.production && DEMO_TOKENS.has(token)) return null;
      return { kind: 'device', id: device.id, role: device.role, counterId: device.counterId };
    }
    const row = this.db.prepare('SELECT username, role, expires_at FROM sessions WHERE token_sha256 = ?').get(digest) as
      { username: string; role: StaffRole; expires_at: number } | undefined;
    if (!row || row.expires_at < this.now()) return null;
    const account = this.config.staff.find((s) => s.username === row.username);
    if (!account) return null;
    return { kind: 'staff', username: account.username, name: account.name, role: account.role };
  }

  /** Display name for a username. */
  staffName(username: string): string {
    return this.config.staff.find((s) => s.username === username)?.name ?? username;
  }

  /** Demo credentials present in this config (warned about at start, refused in production). */
  demoCredentials(): string[] {
    if (this.demoFound) return this.demoFound;
    const found = this.config.deviceTokens.filter((d) => [...DEMO_TOKENS].some((t) => sha256(t) === d.tokenSha256)).map((d) => `token ${d.id}`);
    for (const s of this.config.staff) if (verifyPassword(DEMO_PASSWORD, s.passwordHash)) found.push(`account ${s.username}`);
    this.demoFound = found;
    return found;
  }
}

/** Reads `Authorization: Bearer <token>`. */
export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
