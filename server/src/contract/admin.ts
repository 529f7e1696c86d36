/** What the /api/admin routes (and the supervisor's board) answer, for the server and /admin (types only). */
import type { Field } from '@motcua/config/catalog';

/** GET /api/admin/audit: one change, newest first: a setting (admin_audit) or a set-up edit. */
export interface AuditEntry { at: number; by: string; what: string }

/** GET /api/admin/staff (and POST/PUT answer one): an account as the admin sees it (never its password hash). */
export interface StaffAccountView { username: string; name: string; role: 'staff' | 'supervisor' | 'admin'; disabled: boolean }

/** GET /api/admin/devices: a paired device (never its token). */
export interface DeviceView { id: string; role: 'kiosk' | 'display' | 'counter' | 'integration'; counterId: string | null }
/** POST /api/admin/devices: the new device and its token, shown once. */
export interface DeviceIssuedView { device: DeviceView; token: string }

/** GET/PUT /api/admin/notices: the lines the wall display scrolls. */
export interface NoticesView { notices: string[] }
/** GET/PUT /api/admin/rating: the rating scale of the config file and the reasons offered after a low rating. */
export interface RatingSettingsView { scale: 'three' | 'five'; lowReasons: string[] }

/** GET/PUT /api/admin/voice: the wall display's spoken call; a PUT states all of it. */
export interface VoiceSettings {
  enabled: boolean;
  /** The words, with {number}, {counter} and the other placeholders of voice/phrases.ts. */
  template: string;
  dialect: 'north' | 'south';
  numberMode: 'digits' | 'number';
  repeat: number; volume: number; maxBacklog: number;
}

/** The outbox to the province's hub. */
export interface ForwardState {
  enabled: boolean; ackedSeq: number; lastSeq: number; backlog: number; oldestPendingAt: number | null;
  lastSentAt: number | null; lastOkAt: number | null; lastError: string | null; lastErrorAt: number | null; hubUrl: string | null;
}
/** GET /api/admin/hub-forwarding: whether a hub is configured, for which office code, and the outbox's state. */
export interface HubForwardingView extends ForwardState { configured: boolean; office: string | null; running: boolean }

/** One procedure in the admin's catalog list. */
export interface CatalogListRow { code: string; name: string; field: string; serviceId: string; edited: boolean }
/** GET /api/admin/catalog?q=&field=: the fields, how many procedures there are, and those that match. */
export interface CatalogListView { fields: Field[]; total: number; procedures: CatalogListRow[] }
