/** Staff screens: /counter (counter PC), /rating/<counterId> (citizen-facing tablet), /admin (supervisor board and settings). */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { Login } from './components/Login';
import { CounterScreen } from './components/counter/CounterScreen';
import { RatingScreen } from './components/rating/RatingScreen';
import { AdminScreen } from './components/admin/AdminScreen';
import { staffSocket, token } from './model/session';
import { startRating } from './model/rating';

const path = location.pathname;

function App() {
  if (path.startsWith('/rating/')) return <RatingScreen />;
  const title = path.startsWith('/admin') ? 'Giám sát và quản trị' : 'Màn hình quầy';
  if (!token.value) return <Login title={title} />;
  staffSocket();
  return path.startsWith('/admin') ? <AdminScreen /> : <CounterScreen />;
}

if (path.startsWith('/rating/')) void startRating(decodeURIComponent(path.slice('/rating/'.length).split('/')[0] ?? ''));
document.title = path.startsWith('/rating/') ? 'Đánh giá - Một cửa' : path.startsWith('/admin') ? 'Quản trị - Một cửa' : 'Quầy - Một cửa';
render(<App />, document.getElementById('app')!);
