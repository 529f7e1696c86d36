/** The dossiers table: upsert by code, look-ups for the kiosk and the display, rows for reports. */
import type { Db } from '../../journal/db';
import { maskName, STATUS_LABEL, type Dossier, type DossierStatus } from './model';
import type { ReadyDossierView } from '../../contract/rest';

const UPSERT = `INSERT INTO dossiers (code, procedure_code, procedure_name, field, applicant_name, channel, received_date,
  due_date, status, resolved_date, returned_date, note, source, updated_at)
  VALUES (@code, @procedureCode, @procedureName, @field, @applicantName, @channel, @receivedDate, @dueDate, @status,
  @resolvedDate, @returnedDate, @note, @source, @at)
  ON CONFLICT(code) DO UPDATE SET procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
  field = excluded.field, applicant_name = excluded.applicant_name, channel = excluded.channel,
  received_date = excluded.received_date, due_date = excluded.due_date, status = excluded.status,
  resolved_date = excluded.resolved_date, returned_date = excluded.returned_date, note = excluded.note, source = excluded.source,
  updated_at = excluded.updated_at`;

const SELECT = `SELECT code, procedure_code AS procedureCode, procedure_name AS procedureName, field,
  applicant_name AS applicantName, channel, received_date AS receivedDate, due_date AS dueDate, status,
  resolved_date AS resolvedDate, returned_date AS returnedDate, note FROM dossiers`;

const listeners = new WeakMap<Db, Set<() => void>>();

/** Calls `fn` after every committed write to this database's dossiers (the wall's ready board follows it); returns an unsubscribe. */
export function onDossiersChanged(db: Db, fn: () => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/** Writes dossiers in one transaction (all or nothing); returns how many were written. */
export function upsertDossiers(db: Db, dossiers: readonly Dossier[], source: string, at: number): number {
  const stmt = db.prepare(UPSERT);
  db.transaction(() => { for (const d of dossiers) stmt.run({ ...d, note: d.note ?? null, source, at }); })();
  // After the commit: a listener that fails must not undo or fail a write that is already durable.
  for (const fn of listeners.get(db) ?? []) { try { fn(); } catch { /* the board retries on its next change */ } }
  return dossiers.length;
}

/** What a citizen may see about a dossier: no full name, no procedure code internals. */
export interface DossierLookup {
  code: string;
  procedureName: string;
  field: string;
  status: DossierStatus;
  statusLabel: string;
  receivedDate: string;
  dueDate: string;
  resolvedDate: string | null;
  returnedDate: string | null;
  applicant: string;
  /** What the one-door software said about it, if anything. */
  note: string | null;
}

/** A dossier's public view by code (case-insensitive), or null; what the kiosk's receipt scan shows. */
export function lookupDossier(db: Db, code: string): DossierLookup | null {
  const d = db.prepare(`${SELECT} WHERE code = ?`).get(code.trim()) as Dossier | undefined;
  if (!d) return null;
  return {
    code: d.code, procedureName: d.procedureName, field: d.field, status: d.status, statusLabel: STATUS_LABEL[d.status],
    receivedDate: d.receivedDate, dueDate: d.dueDate, resolvedDate: d.resolvedDate, returnedDate: d.returnedDate,
    applicant: maskName(d.applicantName), note: d.note ?? null,
  };
}

/**
 * Dossiers whose result waits to be picked up, newest result first: the display's board. `since` (yyyy-mm-dd)
 * leaves out results older than that day; one without a result date counts from when it was last written.
 */
export function readyDossiers(db: Db, limit = 200, since = '0000-01-01'): ReadyDossierView[] {
  const rows = db.prepare(`${SELECT} WHERE status = 'cho_tra'
    AND COALESCE(resolved_date, date(updated_at / 1000, 'unixepoch')) >= ? ORDER BY resolved_date DESC, code LIMIT ?`).all(since, limit) as Dossier[];
  return rows.map((d) => ({ code: d.code, applicant: maskName(d.applicantName), procedureName: d.procedureName, resolvedDate: d.resolvedDate }));
}

/** Every dossier that matters for a period ending `to`: received by then (reports filter further). */
export function dossiersUpTo(db: Db, to: string): Dossier[] {
  return db.prepare(`${SELECT} WHERE received_date <= ?`).all(to) as Dossier[];
}
