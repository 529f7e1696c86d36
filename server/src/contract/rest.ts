/** What the REST routes answer, for the server and the screens (types only; the socket's views are in views.ts). */
import type { ImportError } from '@motcua/config/catalog-io';

export type { Catalog, Field, Procedure, ProcedureDocument } from '@motcua/config/catalog';
export type { ImportError } from '@motcua/config/catalog-io';
export type { Setup } from '../core/setup';

/** POST /api/kiosk/checklist: what the kiosk hears back, in the same states as a ticket's print outcome. */
export interface ChecklistPrintView { code: string; state: 'printed' | 'failed'; reason?: string }

/** One rating as stored (GET /api/ratings). */
export interface RatingView { ticketId: string; number: string; day: string; serviceId: string | null; counterId: string | null; staffId: string | null; level: string; reasons: string[]; at: number }
/** GET /api/ratings/summary: the day's ratings per level of the configured scale. */
export interface RatingSummary { day: string; total: number; levels: Array<{ key: string; label: string; count: number; pct: number }> }

/** GET /api/dossiers/ready: a dossier ready for pick-up on the wall (the applicant's name masked). */
export interface ReadyDossierView { code: string; applicant: string; procedureName: string; resolvedDate: string | null }

/** POST /api/admin/catalog/import: 200 with the procedures imported, or 422 with `imported: 0` and the file's errors. */
export interface CatalogImportResult { imported: number; errors?: ImportError[] }

/** GET /api/admin/catalog/import/status. upload is the browser's; reading: the checker starts and reads the file; checking: `done` of `total` rows; saving: the one transaction. */
export interface CatalogImportProgress {
  phase: 'idle' | 'reading' | 'checking' | 'saving' | 'done';
  done: number; total: number;
  result?: CatalogImportResult;
}

/** A staff session as the admin sees it (never its token). */
export interface SessionView { id: number; username: string; name: string; role: 'staff' | 'supervisor' | 'admin'; createdAt: number; expiresAt: number; ip: string; userAgent: string }
