/** The admin page's model on a fake fetch: the tab from the address, loading a tab, saving with its outcome in words. */
import { describe, expect, it, vi } from 'vitest';
import { fakeStaff, json, sentBody } from './fake-staff';

const setup = { services: [], counters: [] };

/** Answers the admin routes; PUT /api/admin/notices is refused as invalid. */
function office(path: string, init?: RequestInit): Response {
  if (init?.method === 'PUT' && path === '/api/admin/notices') return json(400, { error: { code: 'VALIDATION', message: 'notices: quá dài' } });
  if (init?.method === 'PUT') return json(200, { saved: true });
  const answers: Record<string, unknown> = {
    '/api/admin/setup': setup, '/api/admin/staff': [{ username: 'canbo1', name: 'Cán bộ 1', role: 'staff' }], '/api/admin/devices': [],
    '/api/admin/notices': { notices: ['Nghỉ Tết'] }, '/api/admin/rating': { lowReasons: ['Chờ lâu'] },
    '/api/ratings/summary': { total: 3 }, '/api/holidays/check': { gaps: [{ year: 2027, name: 'Tết', message: 'thiếu Tết' }] },
  };
  return path in answers ? json(200, answers[path]) : json(404, { error: { code: 'NOT_FOUND', message: path } });
}

describe('the admin page', () => {
  it('opens the tab its address names, or the board', () => {
    expect(fakeStaff({ path: '/admin/voice' }).model.admin.tab.value).toBe('voice');
    expect(fakeStaff({ path: '/admin' }).model.admin.tab.value).toBe('board');
  });

  it('the board loads the rating summary and the missing holidays', async () => {
    const { model } = fakeStaff({ path: '/admin', fetch: office });
    await model.admin.load();
    expect(model.admin.summary.value).toEqual({ total: 3 });
    expect(model.admin.holidayGaps.value).toEqual([{ year: 2027, name: 'Tết', message: 'thiếu Tết' }]);
  });

  it('switching tab keeps it in the address, clears the last message and loads the settings', async () => {
    const { model, replaceUrl, fetch } = fakeStaff({ path: '/admin', fetch: office });
    model.admin.message.value = { ok: true, text: 'Đã lưu' };
    model.admin.openTab('notices');
    expect(replaceUrl).toHaveBeenCalledWith('/admin/notices');
    expect(model.admin.message.value).toBeNull();
    await vi.waitFor(() => expect(model.admin.notices.value).toEqual(['Nghỉ Tết']));
    expect(model.admin.setup.value).toEqual(setup);
    expect(model.admin.lowReasons.value).toEqual(['Chờ lâu']);
    expect(fetch.mock.calls.map((c) => c[0])).toContain('/api/admin/staff');
  });

  it('a save says "Đã lưu" (or its own words) and reloads; a refusal shows the error and its detail', async () => {
    const { model, fetch } = fakeStaff({ path: '/admin/rating', fetch: office });
    expect(await model.admin.save('PUT', '/api/admin/rating', { lowReasons: ['Chờ lâu', 'Ồn'] }, 'Đã lưu lý do')).toEqual({ saved: true });
    expect(model.admin.message.value).toEqual({ ok: true, text: 'Đã lưu lý do' });
    expect(sentBody(fetch.mock.calls[0]!)).toEqual({ lowReasons: ['Chờ lâu', 'Ồn'] });
    expect(fetch.mock.calls.length).toBeGreaterThan(1);
    expect(await model.admin.save('PUT', '/api/admin/notices', { notices: ['x'] })).toBeNull();
    expect(model.admin.message.value).toEqual({ ok: false, text: 'Dữ liệu không hợp lệ: notices: quá dài' });
  });
});
