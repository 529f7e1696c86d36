/** The staff session on fake fetch, storage and socket: sign-in kept for the tab, expiry and ended-elsewhere back to the sign-in form. */
import { describe, expect, it } from 'vitest';
import { fakeStaff, json, sentBody } from './fake-staff';

const ENDED = 'Phiên đăng nhập đã kết thúc, vui lòng đăng nhập lại';
const user = { username: 'canbo2', name: 'Cán bộ 2', role: 'staff' };

describe('the staff session', () => {
  it('a session kept in the tab\'s storage is signed in at once', () => {
    const { model } = fakeStaff();
    expect(model.session.token.value).toBe('sess-1');
    expect(model.session.user.value?.username).toBe('canbo1');
    expect(fakeStaff({ session: false }).model.session.token.value).toBeNull();
  });

  it('signing in posts the name and password without a token and keeps the session for the tab', async () => {
    const { model, fetch, storage } = fakeStaff({ session: false, fetch: () => json(200, { token: 'sess-9', user }) });
    expect(await model.session.login('canbo2', 'mat-khau')).toBe(true);
    const [path, init] = fetch.mock.calls[0]!;
    expect(path).toBe('/api/auth/login');
    expect(sentBody(fetch.mock.calls[0]!)).toEqual({ username: 'canbo2', password: 'mat-khau' });
    expect((init!.headers as Record<string, string>).authorization).toBeUndefined();
    expect(model.session.token.value).toBe('sess-9');
    expect(JSON.parse(storage.map.get('motcua.staff.session')!)).toEqual({ token: 'sess-9', user });
  });

  it('a wrong password says so in Vietnamese and signs nobody in', async () => {
    const { model } = fakeStaff({ session: false, fetch: () => json(401, { error: { code: 'BAD_LOGIN', message: 'Sai tên đăng nhập hoặc mật khẩu' } }) });
    expect(await model.session.login('canbo2', 'sai')).toBe(false);
    expect(model.session.token.value).toBeNull();
    expect(model.session.loginError.value).toBe('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('a 401 to this session\'s own call (expired, ended by the admin) signs out, closes the socket and says why', async () => {
    const { model, fetch, storage, sock } = fakeStaff({ fetch: () => json(401, { error: { code: 'UNAUTHORIZED', message: 'no' } }) });
    model.session.staffSocket();
    const r = await model.session.api('GET', '/api/admin/setup');
    expect(r.ok).toBe(false);
    expect((fetch.mock.calls[0]![1]!.headers as Record<string, string>).authorization).toBe('Bearer sess-1');
    expect(model.session.token.value).toBeNull();
    expect(model.session.loginError.value).toBe(ENDED);
    expect(storage.map.has('motcua.staff.session')).toBe(false);
    expect(sock.raw.disconnect).toHaveBeenCalled();
  });

  it('a 401 to a call made with another token (the rating tablet\'s device) leaves the session alone', async () => {
    const { model } = fakeStaff({ fetch: () => json(401, { error: { code: 'UNAUTHORIZED', message: 'no' } }) });
    await model.session.api('GET', '/api/auth/me', undefined, 'dev-q1');
    expect(model.session.token.value).toBe('sess-1');
  });

  it('the socket refused (session ended on another screen) signs out too', () => {
    const { model, refused } = fakeStaff();
    refused.value = true;
    expect(model.session.token.value).toBeNull();
    expect(model.session.loginError.value).toBe(ENDED);
  });

  it('an unreachable server is an OFFLINE error, not a sign-out', async () => {
    const { model } = fakeStaff({ fetch: () => { throw new TypeError('fetch failed'); } });
    expect(await model.session.api('GET', '/api/admin/setup')).toEqual({ ok: false, error: { code: 'OFFLINE', message: 'Mất kết nối với máy chủ' } });
    expect(model.session.token.value).toBe('sess-1');
  });

  it('signing out tells the server and forgets the session', async () => {
    const { model, fetch } = fakeStaff({ fetch: () => json(200, {}) });
    await model.session.logout();
    expect(fetch.mock.calls[0]![0]).toBe('/api/auth/logout');
    expect(model.session.token.value).toBeNull();
    expect(model.session.loginError.value).toBeNull();
  });

  it('opens one socket per sign-in, with the session token', () => {
    const { model, openSocket } = fakeStaff();
    model.session.staffSocket();
    model.session.staffSocket();
    expect(openSocket).toHaveBeenCalledTimes(1);
    expect(openSocket).toHaveBeenCalledWith('sess-1');
  });
});
