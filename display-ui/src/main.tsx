/** The wall display (/display) and its counter mode (/display/counter/<counterId>). */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { CounterScreen } from './components/CounterScreen';
import { Wall } from './components/Wall';
import { createDisplayModel, DisplayContext } from './model/display';
import { connectDisplay } from './model/live';
import { unlockOnAnyGesture } from './model/sound';
import type { VoiceProbe } from './model/announcer';
import { clockSkew, connected, everConnected, openSocket, refused, snapshot } from '../../ui-shared/src/connection';
import { deviceToken } from '../../ui-shared/src/token';

const model = createDisplayModel({
  path: location.pathname, now: () => Date.now(), perfNow: () => performance.now(),
  timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (id) => clearTimeout(id as number), setInterval: (f, ms) => setInterval(f, ms) },
  snapshot, clockSkew, connected, everConnected, refused, storage: localStorage,
  createAudio: (src) => new Audio(src), probe: window as unknown as VoiceProbe,
});
const app = document.getElementById('app')!;
// The socket is opened once the device token is known (paired display); the page shows "Đang kết nối…" meanwhile.
const connect = async (announce: boolean) => connectDisplay(model, openSocket(await deviceToken('display')), announce);

if (model.counterId) {
  document.title = 'Màn hình quầy';
  void connect(false);
  render(<DisplayContext.Provider value={model}><CounterScreen counterId={model.counterId} /></DisplayContext.Provider>, app);
} else {
  void connect(true);
  model.clock.start();
  unlockOnAnyGesture(model, window);
  render(<DisplayContext.Provider value={model}><Wall /></DisplayContext.Provider>, app);
}
