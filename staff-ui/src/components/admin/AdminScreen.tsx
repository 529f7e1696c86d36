/** /admin: the supervisor board for supervisors and admins; the settings tabs for admins only. */
import { useEffect } from 'preact/hooks';
import type { Tab } from '../../model/admin';
import { useStaff } from '../../model/staff';
import { AuditPanel } from './AuditPanel';
import { Board } from './Board';
import { ReportHeaderPanel } from './ReportHeaderPanel';
import { HubPanel } from './HubPanel';
import { CatalogPanel } from './CatalogPanel';
import { CountersPanel, ServicesPanel } from './SetupPanels';
import { DossierImport } from './DossierImport';
import { SessionsPanel } from './SessionsPanel';
import { DevicesPanel, NoticesPanel, PrioritiesPanel, RatingPanel, StaffPanel } from './SettingsPanels';
import { VoicePanel } from './VoicePanel';

const TABS: Array<[Tab, string]> = [
  ['board', 'Giám sát'], ['dossiers', 'Hồ sơ'], ['services', 'Lĩnh vực'], ['counters', 'Quầy'], ['priorities', 'Ưu tiên'], ['notices', 'Thông báo'],
  ['devices', 'Thiết bị'], ['staff', 'Tài khoản'], ['sessions', 'Phiên'], ['rating', 'Đánh giá'], ['catalog', 'Thủ tục'], ['voice', 'Giọng đọc'], ['audit', 'Nhật ký'],
  ['report', 'Mẫu báo cáo'], ['hub', 'Gửi lên tỉnh'],
];
/** What a supervisor sees: the board and the dossier import. */
const SUPERVISOR_TABS: Tab[] = ['board', 'dossiers'];

/** The admin page. */
export function AdminScreen() {
  const { connected, admin: { load, message, openTab, tab }, session: { api, logout, user } } = useStaff();
  useEffect(() => {
    void load();
    // The report pages open from a link, which cannot send a header: an HttpOnly cookie for them, never a token in the address.
    void api('POST', '/api/auth/page-cookie', {});
  }, []);
  const u = user.value!;
  if (u.role === 'staff') {
    return <main class="login"><h1>Không được phép</h1><p>Trang này dành cho giám sát và quản trị.</p><button onClick={() => void logout()}>Đăng xuất</button></main>;
  }
  const tabs = u.role === 'admin' ? TABS : TABS.filter(([t]) => SUPERVISOR_TABS.includes(t));
  const Panel = {
    board: Board, dossiers: DossierImport, services: ServicesPanel, counters: CountersPanel, priorities: PrioritiesPanel, notices: NoticesPanel,
    devices: DevicesPanel, staff: StaffPanel, sessions: SessionsPanel, rating: RatingPanel, catalog: CatalogPanel, voice: VoicePanel,
    audit: AuditPanel, report: ReportHeaderPanel, hub: HubPanel,
  }[tab.value];
  return (
    <main class="admin-screen">
      <header class="bar">
        <h1>Giám sát và quản trị</h1>
        <span>{u.name} ({u.role === 'admin' ? 'quản trị' : 'giám sát'})</span>
        {/* The report pages are server-rendered; the page cookie set above signs them in. */}
        <a href="/api/reports/view" target="_blank" rel="noreferrer" class="page-link">Báo cáo</a>
        <button onClick={() => void logout()}>Đăng xuất</button>
      </header>
      {!connected.value && <p class="alert bad" role="alert">Mất kết nối với máy chủ — đang kết nối lại…</p>}
      <nav class="tabs" aria-label="Mục">
        {tabs.map(([t, label]) => <button key={t} aria-current={tab.value === t ? 'page' : undefined} onClick={() => openTab(t)}>{label}</button>)}
      </nav>
      {message.value && <p class={`alert ${message.value.ok ? 'ok' : 'bad'}`} role="status">{message.value.text}</p>}
      {u.role === 'admin' || SUPERVISOR_TABS.includes(tab.value) ? <Panel /> : <Board />}
    </main>
  );
}
