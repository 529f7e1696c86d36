/** Importing a one-door export: every bad row named by its line, nothing written unless all rows are good. */
import type { Db } from '../../journal/db';
import { mapHeader } from './mapping';
import type { Dossier } from './model';
import type { Cell, Sheet } from './sheet';
import { upsertDossiers } from './store';
import { toDossier, type DossierField, type RawDossier } from './validate';

export interface ImportResult { total: number; imported: number; errors: Array<{ line: number; message: string }> }
export interface ImportProgress { phase: 'checking' | 'writing' | 'done'; done: number; total: number }

/** Checks every row of a sheet; returns the dossiers, or every bad line (duplicates included). */
export function checkSheet(sheet: Sheet, extra: Record<string, DossierField> = {},
  onProgress?: (p: ImportProgress) => void): { dossiers: Dossier[]; errors: ImportResult['errors'] } {
  const mapped = mapHeader(sheet.header, extra);
  if (!mapped.ok) return { dossiers: [], errors: [{ line: sheet.headerLine, message: mapped.message }] };
  const errors: ImportResult['errors'] = [];
  const dossiers: Dossier[] = [];
  const seen = new Map<string, number>();
  sheet.rows.forEach(({ line, cells }, i) => {
    const raw: RawDossier = {};
    for (const [field, col] of Object.entries(mapped.columns) as Array<[DossierField, number]>) raw[field] = cells[col] as Cell;
    const r = toDossier(raw);
    if (!r.ok) errors.push({ line, message: r.errors.join('; ') });
    else {
      const key = r.dossier.code.toUpperCase();
      const first = seen.get(key);
      if (first !== undefined) errors.push({ line, message: `mã hồ sơ ${r.dossier.code} trùng với dòng ${first}` });
      else { seen.set(key, line); dossiers.push(r.dossier); }
    }
    if (onProgress && (i + 1) % 500 === 0) onProgress({ phase: 'checking', done: i + 1, total: sheet.rows.length });
  });
  return { dossiers, errors };
}

/** Imports a sheet in one transaction; with any bad row nothing is imported. */
export function importSheet(db: Db, sheet: Sheet, at: number, extra: Record<string, DossierField> = {},
  onProgress?: (p: ImportProgress) => void): ImportResult {
  const total = sheet.rows.length;
  const { dossiers, errors } = checkSheet(sheet, extra, onProgress);
  if (errors.length || total === 0) {
    return { total, imported: 0, errors: total === 0 && !errors.length ? [{ line: sheet.headerLine, message: 'tệp không có dòng dữ liệu' }] : errors };
  }
  onProgress?.({ phase: 'writing', done: 0, total });
  const imported = upsertDossiers(db, dossiers, 'import', at);
  onProgress?.({ phase: 'done', done: imported, total });
  return { total, imported, errors: [] };
}
