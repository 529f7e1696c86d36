/** Staff screens: /counter (counter PC), /rating/<counterId> (citizen-facing tablet), /admin (supervisor board and settings). */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { Login } from './components/Login';
import { CounterScreen } from './components/counter/CounterScreen';
import { RatingScreen } from './components/rating/RatingScreen';
import { AdminScreen } from './components/admin/AdminScreen';
import { createStaffModel, StaffContext, useStaff } from './model/staff';
import { clockSkew, connected, openSocket, refused, snapshot } from '../../ui-shared/src/connection';
import { deviceToken } from '../../ui-shared/src/token';

const path = location.pathname;

function App() {
  const { session } = useStaff();
  if (path.startsWith('/rating/')) return <RatingScreen />;
  const title = path.startsWith('/admin') ? 'Giám sát và quản trị' : 'Màn hình quầy';
  if (!session.token.value) return <Login title={title} />;
  session.staffSocket();
  return path.startsWith('/admin') ? <AdminScreen /> : <CounterScreen />;
}

const model = createStaffModel({
  params: new URLSearchParams(location.search), path, href: () => location.href, replaceUrl: (url) => history.replaceState(null, '', url),
  now: () => Date.now(), skew: clockSkew,
  timers: { setInterval: (f, ms) => setInterval(f, ms), clearInterval: (id) => clearInterval(id as number) },
  storage: sessionStorage, fetch: (...a) => fetch(...a), openSocket, refused, connected, snapshot, deviceToken,
});

if (path.startsWith('/rating/')) void model.rating.start(decodeURIComponent(path.slice('/rating/'.length).split('/')[0] ?? ''));
document.title = path.startsWith('/rating/') ? 'Đánh giá - Một cửa' : path.startsWith('/admin') ? 'Quản trị - Một cửa' : 'Quầy - Một cửa';
render(<StaffContext.Provider value={model}><App /></StaffContext.Provider>, document.getElementById('app')!);
