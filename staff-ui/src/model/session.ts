/** The signed-in staff member (token kept in sessionStorage), REST calls, and the screen's socket: made by createSession. */
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Ack, ApiError, ApiErrorBody, ClientToServer, LoginView, StaffPrincipal } from '@motcua/server/contract';
import { errorText } from '@motcua/server/contract/error-text';
import type { ScreenSocket } from '../../../ui-shared/src/connection';

const KEY = 'motcua.staff.session';

/** The words to show for an error: the Vietnamese text of its code, else the server's message. */
export function errorWords(e: ApiError): string {
  const vi = errorText(e.code);
  return vi !== e.code ? vi : e.message;
}

/** What a session needs from the browser: the tab's storage, fetch, the socket, and whether the server refused it. */
export interface SessionDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  fetch: typeof fetch;
  openSocket(token: string | null): ScreenSocket;
  /** The socket's token was refused (ui-shared/connection.ts). */
  refused: ReadonlySignal<boolean>;
}

/** The staff session of this tab; dispose() stops watching for a refused socket. */
export function createSession(deps: SessionDeps) {
  const kept = (() => { try { return JSON.parse(deps.storage.getItem(KEY) ?? 'null') as LoginView | null; } catch { return null; } })();
  const token = signal<string | null>(kept?.token ?? null);
  const user = signal<StaffPrincipal | null>(kept?.user ?? null);
  const loginError = signal<string | null>(null);
  let socket: ScreenSocket | null = null;

  /** A JSON REST call with the session's (or a given) token; errors come back as {ok:false}. */
  async function api<T>(method: string, path: string, body?: unknown, bearer = token.value): Promise<Ack<T>> {
    try {
      const res = await deps.fetch(path, {
        method, headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const data = await res.json().catch(() => null);
      if (res.status === 401 && bearer && bearer === token.value) sessionEnded();
      if (!res.ok) return { ok: false, error: (data as Partial<ApiErrorBody> | null)?.error ?? { code: 'INTERNAL', message: res.statusText } };
      return { ok: true, data: data as T };
    } catch {
      return { ok: false, error: { code: 'OFFLINE', message: 'Mất kết nối với máy chủ' } };
    }
  }

  /** Signs in and keeps the session for this tab. */
  async function login(username: string, password: string): Promise<boolean> {
    const r = await api<LoginView>('POST', '/api/auth/login', { username, password }, null);
    if (!r.ok) { loginError.value = errorWords(r.error); return false; }
    deps.storage.setItem(KEY, JSON.stringify(r.data));
    loginError.value = null;
    token.value = r.data.token;
    user.value = r.data.user;
    return true;
  }

  /** Forgets the session (signed out, or ended by the server: expired, ended by the admin, new password). */
  function forget(): void {
    deps.storage.removeItem(KEY);
    socket?.disconnect();
    socket = null;
    token.value = null;
    user.value = null;
  }

  /** The server ended this session: back to the sign-in form, saying why. */
  function sessionEnded(): void {
    forget();
    loginError.value = 'Phiên đăng nhập đã kết thúc, vui lòng đăng nhập lại';
  }

  // The staff socket is refused once its session has ended: sign in again rather than retry forever.
  const dispose = effect(() => { if (deps.refused.value && token.value) sessionEnded(); });

  /** Signs out and forgets the session. */
  async function logout(): Promise<void> {
    await api('POST', '/api/auth/logout', {});
    forget();
  }

  /** The staff socket (opened once per sign-in). */
  function staffSocket(): ScreenSocket {
    if (!socket) socket = deps.openSocket(token.value);
    return socket;
  }

  /** Sends a socket event and waits for its ack (or a timeout). */
  function emitAck<T>(event: keyof ClientToServer, payload: unknown): Promise<Ack<T>> {
    const s = staffSocket() as unknown as { timeout(ms: number): { emit(e: string, p: unknown, cb: (err: Error | null, a: Ack<T>) => void): void } };
    return new Promise((ok) => {
      s.timeout(6000).emit(event, payload, (err, ack) => ok(err ? { ok: false, error: { code: 'TIMEOUT', message: 'Máy chủ không trả lời' } } : ack));
    });
  }

  return { token, user, loginError, api, login, logout, sessionEnded, staffSocket, emitAck, dispose };
}

export type Session = ReturnType<typeof createSession>;
