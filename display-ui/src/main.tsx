/** The wall display (/display) and its counter mode (/display/counter/<counterId>). */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { CounterScreen } from './components/CounterScreen';
import { Wall } from './components/Wall';
import { startClock } from './model/clock';
import { connectDisplay } from './model/live';
import { unlockOnAnyGesture } from './model/sound';

const counterId = /^\/display\/counter\/([^/]+)/.exec(location.pathname)?.[1];

if (counterId) {
  document.title = 'Màn hình quầy';
  void connectDisplay(false);
  render(<CounterScreen counterId={decodeURIComponent(counterId)} />, document.getElementById('app')!);
} else {
  void connectDisplay(true);
  startClock();
  unlockOnAnyGesture();
  render(<Wall />, document.getElementById('app')!);
}
