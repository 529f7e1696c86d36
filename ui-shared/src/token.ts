/** Device pairing for screens: `?token=` once (kept in localStorage), else the demo office's token. */
import type { DemoTokensView } from '@motcua/server/contract';

const KEY = (role: string) => `motcua.token.${role}`;
/** The role this screen asked a token for (one screen, one role). */
let askedRole: string | null = null;

/** The token this browser uses for a device role; null when it is not paired (a real office's screen). */
export async function deviceToken(role: 'kiosk' | 'display' | 'counter'): Promise<string | null> {
  askedRole = role;
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    localStorage.setItem(KEY(role), fromUrl);
    // Keep the token out of the address bar (and out of screenshots and history).
    const url = new URL(location.href);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  const kept = localStorage.getItem(KEY(role));
  if (kept) return kept;
  try {
    const res = await fetch('/api/demo-tokens');
    if (res.ok) return ((await res.json()) as DemoTokensView)[role] ?? null;
  } catch { /* offline: not paired yet */ }
  return null;
}

/** Forgets a token the server refused (revoked), so the screen shows the pairing message. */
function forgetToken(role: string): void {
  localStorage.removeItem(KEY(role));
}

/** Forgets this screen's kept token (after the server refused it): the next start asks to be paired again. */
export function forgetRefusedToken(): void {
  if (askedRole) forgetToken(askedRole);
}
