/** The admin page's model: the tab, the settings fetched from /api/admin, and save actions with their outcome. */
import { signal } from '@preact/signals';
import type { DeviceView, HolidayCheckView, NoticesView, RatingSettingsView, RatingSummary, Setup, StaffAccountView } from '@motcua/server/contract';
import { errorWords, type Session } from './session';

export type Tab = 'board' | 'services' | 'counters' | 'priorities' | 'notices' | 'devices' | 'staff' | 'rating' | 'catalog' | 'audit' | 'voice' | 'report' | 'hub' | 'sessions' | 'dossiers';
/** What the admin page needs: its path (the tab), a way to change it, the session's REST calls. */
export interface AdminDeps { path: string; replacePath(path: string): void; session: Pick<Session, 'api'> }

/** The admin page's model. */
export function createAdmin(deps: AdminDeps) {
  const tab = signal<Tab>((deps.path.split('/')[2] as Tab) || 'board');
  const setup = signal<Setup | null>(null);
  const staff = signal<StaffAccountView[]>([]);
  const devices = signal<DeviceView[]>([]);
  const notices = signal<string[]>([]);
  const lowReasons = signal<string[]>([]);
  const message = signal<{ ok: boolean; text: string } | null>(null);
  /** A device token just issued: shown once. */
  const issuedToken = signal<{ id: string; token: string } | null>(null);
  /** Fixed holidays missing from the office's list (this year, and from October the next): shown on the board. */
  const holidayGaps = signal<HolidayCheckView['gaps']>([]);
  const summary = signal<RatingSummary | null>(null);
  /** The holiday check has answered (the board says so with data-holidays-checked, for the tests). */
  const holidaysChecked = signal(false);

  /** Switches tab (kept in the address bar) and loads what it shows. */
  function openTab(t: Tab): void {
    tab.value = t;
    deps.replacePath(t === 'board' ? '/admin' : `/admin/${t}`);
    message.value = null;
    void load();
  }

  /** Loads the settings (admin) or the day's rating summary (board). */
  async function load(): Promise<void> {
    if (tab.value === 'board') {
      const [r, h] = await Promise.all([
        deps.session.api<RatingSummary>('GET', '/api/ratings/summary'),
        deps.session.api<HolidayCheckView>('GET', '/api/holidays/check'),
      ]);
      if (r.ok) summary.value = r.data;
      if (h.ok) { holidayGaps.value = h.data.gaps; holidaysChecked.value = true; }
      return;
    }
    if (tab.value === 'dossiers') return; // the import tab loads nothing until a file is chosen
    const [s, st, d, n, rt] = await Promise.all([
      deps.session.api<Setup>('GET', '/api/admin/setup'), deps.session.api<StaffAccountView[]>('GET', '/api/admin/staff'), deps.session.api<DeviceView[]>('GET', '/api/admin/devices'),
      deps.session.api<NoticesView>('GET', '/api/admin/notices'), deps.session.api<RatingSettingsView>('GET', '/api/admin/rating'),
    ]);
    if (!s.ok) { message.value = { ok: false, text: errorWords(s.error) }; return; }
    setup.value = s.data;
    if (st.ok) staff.value = st.data;
    if (d.ok) devices.value = d.data;
    if (n.ok) notices.value = n.data.notices;
    if (rt.ok) lowReasons.value = rt.data.lowReasons;
  }

  /** Sends a change; shows "Đã lưu" or the error, and reloads. */
  async function save<T>(method: string, path: string, body: unknown, done = 'Đã lưu'): Promise<T | null> {
    const r = await deps.session.api<T>(method, path, body);
    message.value = r.ok ? { ok: true, text: done } : { ok: false, text: `${errorWords(r.error)}${r.error.message && r.error.code === 'VALIDATION' ? `: ${r.error.message}` : ''}` };
    await load();
    return r.ok ? r.data : null;
  }

  return { tab, setup, staff, devices, notices, lowReasons, message, issuedToken, holidayGaps, summary, holidaysChecked, openTab, load, save };
}

export type AdminModel = ReturnType<typeof createAdmin>;
