/** Who is asking, and the answers of the sign-in and health routes (types only). */
import type { DeviceStatusView } from './views';

export type StaffRole = 'staff' | 'supervisor' | 'admin';
export type DeviceRole = 'kiosk' | 'display' | 'counter' | 'integration';
/** A signed-in staff member: POST /api/auth/login's `user`. */
export interface StaffPrincipal { kind: 'staff'; username: string; name: string; role: StaffRole }
/** A paired device, by its token. */
export interface DevicePrincipal { kind: 'device'; id: string; role: DeviceRole; counterId?: string }
/** Whoever a bearer token belongs to: GET /api/auth/me. */
export type Principal = StaffPrincipal | DevicePrincipal;

/** POST /api/auth/login: the session's token (sent as `Authorization: Bearer`) and who signed in. */
export interface LoginView { token: string; user: StaffPrincipal }
/** POST /api/auth/logout, and other routes whose answer is only that it was done. */
export interface OkView { ok: true }

/** GET /api/demo-tokens (the demo office only): each screen's demo device token. */
export interface DemoTokensView { kiosk: string; display: string; counter: string }

/** GET /api/health: the server is up, its journal's last sequence number, the devices' states. */
export interface HealthView { status: 'ok'; office: string; time: string; day: string | null; journalSeq: number; devices: DeviceStatusView[] }
