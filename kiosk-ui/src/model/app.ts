/** The kiosk's navigation and manners: which screen, larger text, and the idle return to home. */
import { computed, signal } from '@preact/signals';

export type Screen = 'home' | 'services' | 'ticket' | 'lookup' | 'procedure' | 'scan' | 'closed';

export const screen = signal<Screen>('home');
export const largeText = signal(false);
/** Seconds without a touch before the kiosk goes home (`?idle=` shortens it for tests). */
export const idleSeconds = Math.max(2, Number(new URLSearchParams(location.search).get('idle')) || 60);
/** Seconds left before going home; counts only away from home. */
export const idleLeft = signal(idleSeconds);
/** The idle limit of the current screen: the ticket screen adjusts it (shorter when printed, longer when not). */
export const idleLimit = signal(idleSeconds);
export const showCountdown = computed(() => screen.value !== 'home' && idleLeft.value <= Math.min(10, idleLimit.value));

const resetHooks: Array<() => void> = [];
let lastTouch = Date.now();

/** Registers what a screen model clears when the kiosk goes home. */
export function onGoHome(fn: () => void): void {
  resetHooks.push(fn);
}

/** Shows a screen (and counts as a touch). */
export function go(s: Screen): void {
  if (screen.value !== s) window.scrollTo(0, 0);
  screen.value = s;
  idleLimit.value = idleSeconds;
  touched();
}

/** Back to the start, everything the last citizen chose forgotten. */
export function goHome(): void {
  for (const fn of resetHooks) fn();
  go('home');
}

/** Someone touched the screen or scanned: restart the idle count. */
export function touched(): void {
  lastTouch = Date.now();
  idleLeft.value = idleLimit.value;
}

/** Starts the idle clock; the kiosk returns home after idleLimit seconds without a touch. */
export function startIdleClock(): void {
  for (const ev of ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const) {
    document.addEventListener(ev, touched, { passive: true, capture: true });
  }
  setInterval(() => {
    if (screen.value === 'home') { idleLeft.value = idleLimit.value; return; }
    const left = Math.ceil(idleLimit.value - (Date.now() - lastTouch) / 1000);
    idleLeft.value = Math.max(0, left);
    if (left <= 0) goHome();
  }, 250);
}
