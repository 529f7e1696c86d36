/** The kiosk's navigation and manners: which screen, larger text, and the idle return to home. */
import { computed, signal } from '@preact/signals';

export type Screen = 'home' | 'services' | 'ticket' | 'lookup' | 'procedure' | 'scan' | 'closed';

/** The timers a model runs on (the browser's, or vitest's fake ones). */
export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
  setTimeout(fn: () => void, ms: number): unknown;
}

/** What navigation needs from the page: the address's query (`?idle=`), the clock, scrolling to the top. */
export interface NavigationDeps {
  params: URLSearchParams;
  now(): number;
  scrollTo(x: number, y: number): void;
}

/** The kiosk's navigation: the screen, the idle count and the hooks that forget the last citizen's choices. */
export function createNavigation(deps: NavigationDeps) {
  const screen = signal<Screen>('home');
  const largeText = signal(false);
  /** Seconds without a touch before the kiosk goes home (`?idle=` shortens it for tests). */
  const idleSeconds = Math.max(2, Number(deps.params.get('idle')) || 60);
  /** Seconds left before going home; counts only away from home. */
  const idleLeft = signal(idleSeconds);
  /** The idle limit of the current screen: the ticket screen adjusts it (shorter when printed, longer when not). */
  const idleLimit = signal(idleSeconds);
  const showCountdown = computed(() => screen.value !== 'home' && idleLeft.value <= Math.min(10, idleLimit.value));
  const resetHooks: Array<() => void> = [];
  let lastTouch = deps.now();

  /** Registers what a screen model clears when the kiosk goes home. */
  function onGoHome(fn: () => void): void {
    resetHooks.push(fn);
  }

  /** Someone touched the screen or scanned: restart the idle count. */
  function touched(): void {
    lastTouch = deps.now();
    idleLeft.value = idleLimit.value;
  }

  /** Shows a screen (and counts as a touch). */
  function go(s: Screen): void {
    if (screen.value !== s) deps.scrollTo(0, 0);
    screen.value = s;
    idleLimit.value = idleSeconds;
    touched();
  }

  /** Back to the start, everything the last citizen chose forgotten. */
  function goHome(): void {
    for (const fn of resetHooks) fn();
    go('home');
  }

  /** One beat of the idle clock: counts down away from home and goes home at zero. */
  function tick(): void {
    if (screen.value === 'home') { idleLeft.value = idleLimit.value; return; }
    const left = Math.ceil(idleLimit.value - (deps.now() - lastTouch) / 1000);
    idleLeft.value = Math.max(0, left);
    if (left <= 0) goHome();
  }

  return { screen, largeText, idleSeconds, idleLeft, idleLimit, showCountdown, onGoHome, touched, go, goHome, tick };
}

export type Navigation = ReturnType<typeof createNavigation>;

/** Starts the idle clock: touches on the page restart it, and the kiosk returns home after idleLimit seconds without one. */
export function startIdleClock(nav: Navigation, page: Pick<Document, 'addEventListener'>, timers: Timers): void {
  for (const ev of ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const) {
    page.addEventListener(ev, nav.touched, { passive: true, capture: true });
  }
  timers.setInterval(nav.tick, 250);
}
