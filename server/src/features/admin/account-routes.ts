/** /api/admin staff accounts, device tokens, notices and rating reasons: kept in admin_settings, merged over the config file. */
import { randomBytes, createHash } from 'node:crypto';
import type { Router } from 'express';
import { hashPassword } from '../../app/auth';
import type { AppContext } from '../../app/context';
import type { DeviceIssuedView, DeviceView, NoticesView, RatingSettingsView, StaffAccountView } from '../../contract';
import { ApiFailure, parseInput } from '../../http/errors';
import { json, principalOf } from './http';
import { deviceSchema, idParam, sessionIdParam, noticesSchema, ratingSettingsSchema, staffPatchSchema, staffSchema } from './schemas';
import { auditTrail, loadOverrides, saveOverride, type Overrides } from './settings';

/** Called after a change: `live` also sends every screen a fresh snapshot. */
export type Changed = (live: boolean) => void;

const who = (ctx: AppContext, req: Parameters<Parameters<typeof json>[0]>[0]) => {
  const p = principalOf(ctx, req);
  return p?.kind === 'staff' ? p.username : 'admin';
};
const staffList = (ctx: AppContext): StaffAccountView[] => ctx.config.staff.map(({ username, name, role, disabled }) => ({ username, name, role, disabled: !!disabled }));
const hashAsync = (password: string) => new Promise<string>((ok) => setImmediate(() => ok(hashPassword(password))));

/** Refuses a change that would leave no admin who can sign in (demoting or disabling the last one locks everyone out of /admin). */
function keepAnAdmin(ctx: AppContext, username: string, next: { role: string; disabled?: boolean }): void {
  const others = ctx.config.staff.filter((s) => s.username !== username && s.role === 'admin' && !s.disabled);
  if (others.length === 0 && (next.role !== 'admin' || next.disabled)) {
    throw new ApiFailure(409, 'LAST_ADMIN', 'Không thể bỏ quyền hoặc khoá quản trị viên cuối cùng / the last admin cannot lose the role or be disabled');
  }
}
const deviceList = (ctx: AppContext): DeviceView[] => ctx.config.deviceTokens.map(({ id, role, counterId }) => ({ id, role, counterId: counterId ?? null }));

/** Adds the account, device, notice and rating-reason routes to the router. */
export function accountRoutes(r: Router, ctx: AppContext, changed: Changed): void {
  const db = ctx.queue.journal.db;
  const save = <K extends keyof Overrides>(req: Parameters<typeof who>[1], key: K, value: Overrides[K], live: boolean) => {
    // The entry in effect before (the config file's), so a first edit shows its old values.
    const current = key === 'notices' ? ctx.config.notices : key === 'lowReasons' ? ctx.config.rating.lowReasons
      : (id: string) => key === 'staff' ? ctx.config.staff.find((s) => s.username === id)
        : key === 'devices' ? ctx.config.deviceTokens.find((d) => d.id === id) : undefined;
    saveOverride(db, key, value, who(ctx, req), ctx.now(), current);
    changed(live);
  };
  const upsertStaff = (acct: Overrides['staff'] extends Array<infer T> | undefined ? T : never, req: Parameters<typeof who>[1]) => {
    const list = (loadOverrides(db).staff ?? []).filter((s) => s.username !== acct.username);
    save(req, 'staff', [...list, acct], false);
  };

  // Who changed what: settings and set-up edits, newest first.
  r.get('/admin/audit', json(() => auditTrail(db)));
  r.get('/admin/staff', json(() => staffList(ctx)));
  r.post('/admin/staff', json(async (req) => {
    const b = parseInput(staffSchema, req.body);
    if (ctx.config.staff.some((s) => s.username === b.username)) throw new ApiFailure(409, 'DUPLICATE', `Tài khoản "${b.username}" đã có / already exists`);
    upsertStaff({ username: b.username, name: b.name, role: b.role, passwordHash: await hashAsync(b.password) }, req);
    return staffList(ctx).find((s) => s.username === b.username);
  }, 201));
  // A new password, a new role or disabling ends the account's sessions at once (Auth.setConfig), open sockets too.
  r.put('/admin/staff/:username', json(async (req) => {
    const username = parseInput(idParam, req.params.username);
    const b = parseInput(staffPatchSchema, req.body);
    const cur = ctx.config.staff.find((s) => s.username === username);
    if (!cur) throw new ApiFailure(404, 'NOT_FOUND', `Không có tài khoản "${username}" / no such account`);
    keepAnAdmin(ctx, username, { role: b.role ?? cur.role, disabled: b.disabled ?? cur.disabled });
    const passwordHash = b.password ? await hashAsync(b.password) : cur.passwordHash;
    const { disabled: _was, ...rest } = cur;
    const disabled = b.disabled ?? cur.disabled;
    upsertStaff({ ...rest, ...(b.name ? { name: b.name } : {}), ...(b.role ? { role: b.role } : {}), passwordHash, ...(disabled ? { disabled: true } : {}) }, req);
    return staffList(ctx).find((s) => s.username === username);
  }));

  // Signed-in sessions: who, since when, from where; the admin can end one (its screens drop at once).
  r.get('/admin/sessions', json(() => ctx.auth.sessions()));
  r.delete('/admin/sessions/:id', json((req) => {
    const id = parseInput(sessionIdParam, req.params.id);
    if (!ctx.auth.revoke(id)) throw new ApiFailure(404, 'NOT_FOUND', 'Không có phiên này / no such session');
    return { ok: true };
  }));

  r.get('/admin/devices', json(() => deviceList(ctx)));
  r.post('/admin/devices', json((req) => {
    const b = parseInput(deviceSchema, req.body);
    if (b.counterId && !ctx.queue.state.setup?.counters.some((c) => c.id === b.counterId)) throw new ApiFailure(404, 'UNKNOWN_COUNTER', 'Không có quầy này / unknown counter');
    if (ctx.config.deviceTokens.some((d) => d.id === b.id)) throw new ApiFailure(409, 'DUPLICATE', `Thiết bị "${b.id}" đã có / already exists`);
    const token = randomBytes(18).toString('base64url');
    const entry = { id: b.id, role: b.role, ...(b.counterId ? { counterId: b.counterId } : {}), tokenSha256: createHash('sha256').update(token).digest('hex') };
    save(req, 'devices', [...(loadOverrides(db).devices ?? []).filter((d) => d.id !== b.id), entry], false);
    const issued: DeviceIssuedView = { device: { id: b.id, role: b.role, counterId: b.counterId ?? null }, token };
    return issued;
  }, 201));
  r.delete('/admin/devices/:id', json((req) => {
    const id = parseInput(idParam, req.params.id);
    if (!ctx.config.deviceTokens.some((d) => d.id === id)) throw new ApiFailure(404, 'NOT_FOUND', `Không có thiết bị "${id}" / no such device`);
    save(req, 'devices', [...(loadOverrides(db).devices ?? []).filter((d) => d.id !== id), { id, revoked: true as const }], false);
    return { ok: true };
  }));

  const notices = (): NoticesView => ({ notices: ctx.config.notices });
  r.get('/admin/notices', json(notices));
  r.put('/admin/notices', json((req) => {
    save(req, 'notices', parseInput(noticesSchema, req.body).notices, true);
    return notices();
  }));
  const rating = (): RatingSettingsView => ({ scale: ctx.config.rating.scale, lowReasons: ctx.config.rating.lowReasons });
  r.get('/admin/rating', json(rating));
  r.put('/admin/rating', json((req) => {
    save(req, 'lowReasons', parseInput(ratingSettingsSchema, req.body).lowReasons, true);
    return rating();
  }));
}
