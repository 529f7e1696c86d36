/** Staff accounts, sessions, and device tokens: who is asking, and may they. */
import { createHash, randomBytes } from 'node:crypto';
import type { SiteConfig } from '@motcua/config';
import type { Db } from '../journal/db';
import { DUMMY_HASH, verifyPassword, verifyPasswordAsync } from './passwords';

export { hashPassword, verifyPassword } from './passwords';

import type { Principal, StaffPrincipal } from '../contract/auth';
export type { Principal };

import type { SessionView } from '../contract/rest';
export type { SessionView };

/** Credentials shipped with the demo office; never accepted in production. */
const DEMO_TOKENS = new Set(['demo-kiosk', 'demo-display', 'demo-counter', 'demo-integration']);
const DEMO_PASSWORD = 'demo';

/** The key a session is stored (and its open sockets found) under: the token itself is never kept. */
export const sessionKey = (token: string) => createHash('sha256').update(token).digest('hex');
type Account = SiteConfig['staff'][number];

/** Resolves bearer tokens to principals, signs staff in and ends their sessions. */
export class Auth {
  private demoFound: string[] | null = null;
  private readonly ended: Array<(keys: string[]) => void> = [];
  /** The first setConfig at start-up lays the admin's overrides over the file: nothing changed for sessions. */
  private merged = false;
  constructor(private readonly db: Db, private config: SiteConfig, private readonly production: boolean, private readonly now: () => number) {}

  /** Replaces the config (admin edits, reload); ends the sessions of accounts removed, disabled, or given a new password or role. */
  setConfig(config: SiteConfig): void {
    const before = new Map(this.config.staff.map((s) => [s.username, s]));
    this.config = config;
    this.demoFound = null;
    if (!this.merged) { this.merged = true; return; }
    const after = new Map(config.staff.map((s) => [s.username, s]));
    for (const [username, old] of before) {
      const cur = after.get(username);
      if (!cur || cur.disabled || cur.passwordHash !== old.passwordHash || cur.role !== old.role) this.endSessionsOf(username);
    }
  }

  /** Called with the keys of sessions that just ended (logout, revoke, password change), to drop their sockets. */
  onSessionsEnded(fn: (keys: string[]) => void): void {
    this.ended.push(fn);
  }

  /** Signs a staff member in; null for a wrong name or password or a disabled account. The same work for an unknown name. */
  async login(username: string, password: string, client: { ip?: string; userAgent?: string } = {}): Promise<{ token: string; principal: StaffPrincipal } | null> {
    const account: Account | undefined = this.config.staff.find((s) => s.username === username);
    const ok = await verifyPasswordAsync(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok || account.disabled) return null;
    if (this.production && password === DEMO_PASSWORD) return null;
    const token = randomBytes(24).toString('base64url');
    const at = this.now();
    this.db.prepare('INSERT INTO sessions (token_sha256, username, role, created_at, expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(sessionKey(token), account.username, account.role, at, at + this.config.security.sessionHours * 3_600_000,
        (client.ip ?? '').slice(0, 64), (client.userAgent ?? '').slice(0, 200));
    return { token, principal: { kind: 'staff', username: account.username, name: account.name, role: account.role } };
  }

  /** Ends a session. */
  logout(token: string): void {
    this.endByKeys([sessionKey(token)]);
  }

  /** Ends one session by its id (the admin's sessions panel); false if there is none. */
  revoke(id: number): boolean {
    const row = this.db.prepare('SELECT token_sha256 AS k FROM sessions WHERE rowid = ?').get(id) as { k: string } | undefined;
    if (!row) return false;
    this.endByKeys([row.k]);
    return true;
  }

  /** Ends every session of one account. */
  endSessionsOf(username: string): void {
    const rows = this.db.prepare('SELECT token_sha256 AS k FROM sessions WHERE username = ?').all(username) as Array<{ k: string }>;
    this.endByKeys(rows.map((r) => r.k));
  }

  /** Sessions still valid, newest first; expired ones are deleted on the way. */
  sessions(): SessionView[] {
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(this.now());
    const rows = this.db.prepare(`SELECT rowid AS id, username, role, created_at AS createdAt, expires_at AS expiresAt, ip, user_agent AS userAgent
      FROM sessions ORDER BY created_at DESC`).all() as Array<Omit<SessionView, 'name'>>;
    return rows.map((r) => ({ ...r, name: this.staffName(r.username) }));
  }

  /** Whether the session stored under this key is still good (sockets ask before every action). */
  alive(key: string): boolean {
    const row = this.db.prepare('SELECT username, expires_at FROM sessions WHERE token_sha256 = ?').get(key) as { username: string; expires_at: number } | undefined;
    return !!row && row.expires_at >= this.now() && this.activeAccount(row.username) !== undefined;
  }

  /** Who a bearer token belongs to, or null. */
  resolve(token: string | undefined | null): Principal | null {
    if (!token || token.length > 200) return null;
    const digest = sessionKey(token);
    const device = this.config.deviceTokens.find((d) => d.tokenSha256 === digest);
    if (device) {
      if (this.production && DEMO_TOKENS.has(token)) return null;
      return { kind: 'device', id: device.id, role: device.role, counterId: device.counterId };
    }
    const row = this.db.prepare('SELECT username, expires_at FROM sessions WHERE token_sha256 = ?').get(digest) as
      { username: string; expires_at: number } | undefined;
    if (!row || row.expires_at < this.now()) return null;
    const account = this.activeAccount(row.username);
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
    const found = this.config.deviceTokens.filter((d) => [...DEMO_TOKENS].some((t) => sessionKey(t) === d.tokenSha256)).map((d) => `token ${d.id}`);
    for (const s of this.config.staff) if (verifyPassword(DEMO_PASSWORD, s.passwordHash)) found.push(`account ${s.username}`);
    this.demoFound = found;
    return found;
  }

  private activeAccount(username: string): Account | undefined {
    return this.config.staff.find((s) => s.username === username && !s.disabled);
  }

  private endByKeys(keys: string[]): void {
    if (!keys.length) return;
    const del = this.db.prepare('DELETE FROM sessions WHERE token_sha256 = ?');
    this.db.transaction(() => { for (const k of keys) del.run(k); })();
    for (const fn of this.ended) fn(keys);
  }
}

/** Reads `Authorization: Bearer <token>`. */
export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
