/** The wall display (first version: the live snapshot). */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import { deviceToken } from '../../ui-shared/src/token';
import { connected, openSocket, snapshot } from '../../ui-shared/src/connection';

function App() {
  const s = snapshot.value;
  if (!s) return <main><h1>Đang kết nối…</h1></main>;
  return (
    <main>
      <h1>{s.office.name}</h1>
      {!connected.value && <p role="alert">Mất kết nối với máy chủ</p>}
      <ul>{s.services.map((sv) => <li key={sv.id}>{sv.name}: {sv.waiting} người chờ</li>)}</ul>
    </main>
  );
}

void deviceToken("display").then((token) => openSocket(token));
render(<App />, document.getElementById('app')!);
