/** The admin page's model: the tab, the settings fetched from /api/admin, and save actions with their outcome. */
import { signal } from '@preact/signals';
import type { DeviceView, HolidayCheckView, NoticesView, RatingSettingsView, RatingSummary, Setup, StaffAccountView } from '@motcua/server/contract';
import { api, errorWords } from './session';

export type Tab = 'board' | 'services' | 'counters' | 'priorities' | 'notices' | 'devices' | 'staff' | 'rating' | 'catalog' | 'audit' | 'voice' | 'report' | 'hub' | 'sessions' | 'dossiers';
export const tab = signal<Tab>((location.pathname.split('/')[2] as Tab) || 'board');
export const setup = signal<Setup | null>(null);
export const staff = signal<StaffAccountView[]>([]);
export const devices = signal<DeviceView[]>([]);
export const notices = signal<string[]>([]);
export const lowReasons = signal<string[]>([]);
export const message = signal<{ ok: boolean; text: string } | null>(null);
/** A device token just issued: shown once. */
export const issuedToken = signal<{ id: string; token: string } | null>(null);
/** Fixed holidays missing from the office's list (this year, and from October the next): shown on the board. */
export const holidayGaps = signal<HolidayCheckView['gaps']>([]);
export const summary = signal<RatingSummary | null>(null);

/** Switches tab (kept in the address bar) and loads what it shows. */
export function openTab(t: Tab): void {
  tab.value = t;
  history.replaceState(null, '', t === 'board' ? '/admin' : `/admin/${t}`);
  message.value = null;
  void load();
}

/** Loads the settings (admin) or the day's rating summary (board). */
export async function load(): Promise<void> {
  if (tab.value === 'board') {
    const [r, h] = await Promise.all([
      api<RatingSummary>('GET', '/api/ratings/summary'),
      api<HolidayCheckView>('GET', '/api/holidays/check'),
    ]);
    if (r.ok) summary.value = r.data;
    if (h.ok) holidayGaps.value = h.data.gaps;
    return;
  }
  if (tab.value === 'dossiers') return; // the import tab loads nothing until a file is chosen
  const [s, st, d, n, rt] = await Promise.all([
    api<Setup>('GET', '/api/admin/setup'), api<StaffAccountView[]>('GET', '/api/admin/staff'), api<DeviceView[]>('GET', '/api/admin/devices'),
    api<NoticesView>('GET', '/api/admin/notices'), api<RatingSettingsView>('GET', '/api/admin/rating'),
  ]);
  if (!s.ok) { message.value = { ok: false, text: errorWords(s.error) }; return; }
  setup.value = s.data;
  if (st.ok) staff.value = st.data;
  if (d.ok) devices.value = d.data;
  if (n.ok) notices.value = n.data.notices;
  if (rt.ok) lowReasons.value = rt.data.lowReasons;
}

/** Sends a change; shows "Đã lưu" or the error, and reloads. */
export async function save<T>(method: string, path: string, body: unknown, done = 'Đã lưu'): Promise<T | null> {
  const r = await api<T>(method, path, body);
  message.value = r.ok ? { ok: true, text: done } : { ok: false, text: `${errorWords(r.error)}${r.error.message && r.error.code === 'VALIDATION' ? `: ${r.error.message}` : ''}` };
  await load();
  return r.ok ? r.data : null;
}
