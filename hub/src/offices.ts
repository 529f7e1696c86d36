/** Office identities (code, name, district) with a hub token each, and the province's readers: tokens are stored as sha256 only. */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import type { OfficeProfile } from '../../server/src/features/outbox/wire';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newToken = () => randomBytes(24).toString('base64url');

export const officeInput = z.object({
  code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, dot, - or _ (at most 40)'),
  name: z.string().trim().min(1).max(160),
  district: z.string().trim().min(1).max(160),
}).strict();

/** One office as the board shows it. */
export interface OfficeRecord {
  code: string; name: string; district: string; lastSeq: number; itemsTotal: number;
  lastContactAt: number | null; lastItemAt: number | null; backlog: number; oldestPendingAt: number | null; profile: OfficeProfile | null;
}

/** The columns of an OfficeRecord, for a SELECT or a RETURNING. */
export const OFFICE_COLUMNS = `code, name, district, last_seq AS "lastSeq", items_total AS "itemsTotal", last_contact_at AS "lastContactAt",
  last_item_at AS "lastItemAt", backlog, oldest_pending_at AS "oldestPendingAt", profile`;

/** Registers an office (or renames it, keeping its token); returns its token when one was made. */
export async function addOffice(pool: pg.Pool, input: z.input<typeof officeInput>): Promise<{ token: string | null }> {
  const o = officeInput.parse(input);
  const token = newToken();
  const r = await pool.query(`INSERT INTO offices (code, name, district, token_sha256) VALUES ($1, $2, $3, $4)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, district = excluded.district RETURNING (xmax = 0) AS inserted`,
  [o.code, o.name, o.district, sha256(token)]);
  return { token: r.rows[0].inserted ? token : null };
}

/** Gives an office a new token (the old one stops working at once); null if there is no such office. */
export async function rotateOfficeToken(pool: pg.Pool, code: string): Promise<string | null> {
  const token = newToken();
  const r = await pool.query('UPDATE offices SET token_sha256 = $2 WHERE code = $1', [code, sha256(token)]);
  return r.rowCount ? token : null;
}

/** Every office, by district then code. */
export async function listOffices(pool: pg.Pool): Promise<OfficeRecord[]> {
  return (await pool.query<OfficeRecord>(`SELECT ${OFFICE_COLUMNS} FROM offices ORDER BY district, code`)).rows;
}

/** One office by code, or null. */
export async function getOffice(pool: pg.Pool, code: string): Promise<OfficeRecord | null> {
  return (await pool.query<OfficeRecord>(`SELECT ${OFFICE_COLUMNS} FROM offices WHERE code = $1`, [code])).rows[0] ?? null;
}

/** The office a hub token belongs to, or null. */
export async function officeByToken(pool: pg.Pool, token: string): Promise<string | null> {
  const r = await pool.query<{ code: string }>('SELECT code FROM offices WHERE token_sha256 = $1', [sha256(token)]);
  return r.rows[0]?.code ?? null;
}

/** Adds (or re-keys) a reader of the province's board and reports; returns the token. */
export async function addReader(pool: pg.Pool, name: string): Promise<string> {
  const n = z.string().trim().min(1).max(80).parse(name);
  const token = newToken();
  await pool.query(`INSERT INTO readers (name, token_sha256) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET token_sha256 = excluded.token_sha256`, [n, sha256(token)]);
  return token;
}

/** The reader a token belongs to, or null. */
export async function readerByToken(pool: pg.Pool, token: string): Promise<string | null> {
  const r = await pool.query<{ name: string }>('SELECT name FROM readers WHERE token_sha256 = $1', [sha256(token)]);
  return r.rows[0]?.name ?? null;
}
