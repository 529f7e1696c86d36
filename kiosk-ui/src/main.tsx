/** The citizen kiosk: take a number, look up procedures, scan a receipt or an ID card. */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { App } from './components/App';
import { startIdleClock } from './model/app';
import { startSpeechManners } from './model/speech';
import { loadCatalog } from './model/lookup';
import { startKeyboardScanner } from './model/keyboard-scan';
import { connect } from './socket';
import { lang } from './i18n';
import { effect } from '@preact/signals';

// Kiosk manners: no context menu, no text selection (CSS), no pinch or double-tap zoom.
document.addEventListener('contextmenu', (e) => e.preventDefault());
document.addEventListener('gesturestart', (e) => e.preventDefault());
document.addEventListener('touchmove', (e) => { if (e.touches.length > 1) e.preventDefault(); }, { passive: false });
effect(() => { document.documentElement.lang = lang.value; });

render(<App />, document.getElementById('app')!);
// Keeps the kiosk's shell, so a kiosk PC that boots before the server shows its offline banner and recovers by itself.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(() => {});
void connect();
void loadCatalog();
startIdleClock();
startSpeechManners();
startKeyboardScanner();
