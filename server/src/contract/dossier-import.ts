/** The dossier import in /admin's Hồ sơ tab: what POST /api/dossiers/import/preview, .../import/status and .../import answer (types only). */

/** POST /api/dossiers/import: how many rows the file had, how many were imported (none when any is bad), and every bad row. */
export interface DossierImportResult { total: number; imported: number; errors: Array<{ line: number; message: string }> }

/** GET /api/dossiers/import/status: where the import in progress is (`idle` when none has run). */
export interface DossierImportProgress { phase: 'idle' | 'reading' | 'checking' | 'writing' | 'done'; done: number; total: number; result?: DossierImportResult }

/** POST /api/dossiers/import/preview: the file's headings, where they are, how many rows follow, and the field each heading seems to be. */
export interface DossierImportPreview { header: string[]; headerLine: number; rows: number; guess: Array<string | null> }
