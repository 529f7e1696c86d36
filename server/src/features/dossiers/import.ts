/** Importing a one-door export: every bad row named by its line, nothing written unless all rows are good. */
import type { DossierImportProgress, DossierImportResult } from '../../contract';
import type { Db } from '../../journal/db';
import { mapHeader, type ColumnMapping } from './mapping';
import type { Dossier } from './model';
import type { Cell, Sheet } from './sheet';
import { upsertDossiers } from './store';
import { toDossier, type DossierField, type RawDossier } from './validate';

// Progress: reading, the file is being parsed; checking, `done` of `total` rows checked; writing, the one transaction.
type Checked = { dossiers: Dossier[]; errors: DossierImportResult['errors'] };

/** A row checker for a sheet (duplicates named against their first line), or the header's error. */
function rowChecker(sheet: Sheet, extra: ColumnMapping) {
  const mapped = mapHeader(sheet.header, extra);
  if (!mapped.ok) return { headerError: { line: sheet.headerLine, message: mapped.message } } as const;
  const out: Checked = { dossiers: [], errors: [] };
  const seen = new Map<string, number>();
  const check = ({ line, cells }: Sheet['rows'][number]) => {
    const raw: RawDossier = {};
    for (const [field, col] of Object.entries(mapped.columns) as Array<[DossierField, number]>) raw[field] = cells[col] as Cell;
    const r = toDossier(raw);
    if (!r.ok) { out.errors.push({ line, message: r.errors.join('; ') }); return; }
    const key = r.dossier.code.toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) out.errors.push({ line, message: `mã hồ sơ ${r.dossier.code} trùng với dòng ${first}` });
    else { seen.set(key, line); out.dossiers.push(r.dossier); }
  };
  return { check, out } as const;
}

function finish(db: Db, sheet: Sheet, at: number, checked: Checked, onProgress?: (p: DossierImportProgress) => void): DossierImportResult {
  const total = sheet.rows.length;
  const { dossiers, errors } = checked;
  if (errors.length || total === 0) {
    return { total, imported: 0, errors: total === 0 && !errors.length ? [{ line: sheet.headerLine, message: 'tệp không có dòng dữ liệu' }] : errors };
  }
  onProgress?.({ phase: 'writing', done: total, total });
  const imported = upsertDossiers(db, dossiers, 'import', at);
  onProgress?.({ phase: 'done', done: imported, total });
  return { total, imported, errors: [] };
}

const turn = () => new Promise<void>((ok) => setImmediate(ok));

/**
 * The same import, checking `chunk` rows at a time and giving the event loop a turn between chunks, so
 * progress can be read (GET /dossiers/import/status) and tickets keep flowing while a big file is checked.
 * The write is still one transaction: with any bad row nothing is imported.
 */
export async function importSheetGradually(db: Db, sheet: Sheet, at: number, extra: ColumnMapping = {},
  onProgress?: (p: DossierImportProgress) => void, chunk = 100): Promise<DossierImportResult> {
  const c = rowChecker(sheet, extra);
  if ('headerError' in c) return finish(db, sheet, at, { dossiers: [], errors: [c.headerError!] }, onProgress);
  const total = sheet.rows.length;
  for (let i = 0; i < total; i += chunk) {
    for (const row of sheet.rows.slice(i, i + chunk)) c.check(row);
    onProgress?.({ phase: 'checking', done: Math.min(i + chunk, total), total });
    await turn();
  }
  return finish(db, sheet, at, c.out, onProgress);
}
