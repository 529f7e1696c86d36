import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server';
import { client, demoConfigWithHours, login, testServer } from './helpers';

const open: RunningServer[] = [];
afterEach(async () => { for (const s of open.splice(0)) await s.close(); });

/** The demo office with 2027's Giỗ Tổ left out of its list, on a day in November 2026, the log kept. */
async function officeMissingGioTo(at = Date.parse('2026-11-23T09:00:00+07:00')) {
  const config = demoConfigWithHours();
  config.hours!.holidays = config.hours!.holidays.filter((h) => h.date !== '2027-04-16');
  const warnings: string[] = [];
  const srv = await testServer({ config, now: () => at, log: { info: () => {}, error: () => {}, warn: (m: string) => warnings.push(m) } });
  open.push(srv);
  return { srv, warnings };
}

describe("the holiday list's yearly check", () => {
  it('in November, names next year\'s missing Giỗ Tổ to the supervisor, and in the log at start-up', async () => {
    const { srv, warnings } = await officeMissingGioTo();
    const api = client(srv.url);
    const r = await api('GET', '/api/holidays/check', { token: await login(srv.url, 'giamsat') });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      years: [2026, 2027], source: 'config',
      gaps: [{ year: 2027, name: 'Giỗ Tổ Hùng Vương', dates: ['2027-04-16'], message: 'Năm 2027 chưa có ngày nghỉ Giỗ Tổ Hùng Vương: thứ Sáu 16/4/2027 (10/3 âm lịch)' }],
    });
    expect(warnings.filter((w) => w.startsWith('hours.holidays:'))).toEqual([
      "hours.holidays: Năm 2027 chưa có ngày nghỉ Giỗ Tổ Hùng Vương: thứ Sáu 16/4/2027 (10/3 âm lịch) [check the Government's notice]",
    ]);
  });

  it('before October, checks only this year: the same list has no gap', async () => {
    const { srv, warnings } = await officeMissingGioTo(Date.parse('2026-06-01T09:00:00+07:00'));
    const r = await client(srv.url)('GET', '/api/holidays/check', { token: await login(srv.url, 'admin') });
    expect(r.body).toEqual({ years: [2026], gaps: [], source: 'config' });
    expect(warnings.filter((w) => w.startsWith('hours.holidays:'))).toEqual([]);
  });

  it('is for the supervisor and the admin: 401 without a token, 403 for staff and devices', async () => {
    const { srv } = await officeMissingGioTo();
    const api = client(srv.url);
    expect((await api('GET', '/api/holidays/check')).status).toBe(401);
    expect((await api('GET', '/api/holidays/check', { token: await login(srv.url, 'canbo1') })).status).toBe(403);
    expect((await api('GET', '/api/holidays/check', { token: 'demo-display' })).status).toBe(403);
    expect((await api('GET', '/api/holidays/check', { token: 'demo-kiosk' })).status).toBe(403);
  });

  it('without office hours in the config, checks the built-in list the reports count deadlines with', async () => {
    const config = demoConfigWithHours();
    delete config.hours;
    const srv = await testServer({ config, now: () => Date.parse('2026-11-23T09:00:00+07:00') });
    open.push(srv);
    const r = await client(srv.url)('GET', '/api/holidays/check', { token: await login(srv.url, 'admin') });
    expect(r.body).toEqual({ years: [2026, 2027], gaps: [], source: 'built-in' });
  });
});
