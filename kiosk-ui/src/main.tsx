/** The citizen kiosk: take a number, look up procedures, scan a receipt or an ID card. */
import { render } from 'preact';
import '../../ui-shared/src/base.css';
import './styles.css';
import { App } from './components/App';
import { startIdleClock } from './model/app';
import { pageAudio, startSpeechManners } from './model/speech';
import { startKeyboardScanner } from './model/keyboard-scan';
import { createKioskModel, KioskContext } from './model/kiosk';
import { createKioskServer } from './socket';
import { lang } from './i18n';
import { connected, openSocket, snapshot } from '../../ui-shared/src/connection';
import { deviceToken } from '../../ui-shared/src/token';
import { effect } from '@preact/signals';

// Kiosk manners: no context menu, no text selection (CSS), no pinch or double-tap zoom.
document.addEventListener('contextmenu', (e) => e.preventDefault());
document.addEventListener('gesturestart', (e) => e.preventDefault());
document.addEventListener('touchmove', (e) => { if (e.touches.length > 1) e.preventDefault(); }, { passive: false });
effect(() => { document.documentElement.lang = lang.value; });

const timers = { setInterval: (f: () => void, ms: number) => setInterval(f, ms), clearInterval: (id: unknown) => clearInterval(id as number), setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) };
const server = createKioskServer({ fetch: (...a) => fetch(...a), openSocket, deviceToken, sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)) });
const model = createKioskModel({
  params: new URLSearchParams(location.search), path: location.pathname, now: () => Date.now(), scrollTo: (x, y) => window.scrollTo(x, y),
  timers, connected, snapshot, lang, server,
  audio: { createAudio: pageAudio, createObjectURL: (b) => URL.createObjectURL(b), revokeObjectURL: (u) => URL.revokeObjectURL(u) },
});

render(<KioskContext.Provider value={model}><App /></KioskContext.Provider>, document.getElementById('app')!);
// Keeps the kiosk's shell, so a kiosk PC that boots before the server shows its offline banner and recovers by itself.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(() => {});
void server.connect();
void model.lookup.loadCatalog();
startIdleClock(model.nav, document, timers);
startSpeechManners(model.speech, document);
startKeyboardScanner(model, document);
