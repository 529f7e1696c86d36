/** The floor for the hub's ingest: the same rows put into the same PostgreSQL by a bare COPY and by plain multi-row INSERTs. */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

const PSQL = '/usr/lib/postgresql/15/bin/psql';
const TABLES = ['office_events', 'office_tickets', 'office_ratings', 'office_dossiers'];

const psql = (url: string, sql: string, input?: string) => {
  const r = spawnSync(PSQL, ['-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql], { input, encoding: 'utf8', maxBuffer: 2 ** 31 });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout;
};

/** Copies of the hub's tables, empty, with the same columns, keys and indexes. */
async function freshTables(pool: pg.Pool, prefix: string): Promise<void> {
  for (const t of TABLES) await pool.query(`DROP TABLE IF EXISTS ${prefix}${t}; CREATE TABLE ${prefix}${t} (LIKE ${t} INCLUDING ALL)`);
}

/** COPY FROM STDIN of every row the hub holds (exported beforehand, not timed); returns rows and seconds. */
export async function copyFloor(pool: pg.Pool, url: string, dir: string): Promise<{ rows: number; seconds: number }> {
  await freshTables(pool, 'copy_');
  const files = TABLES.map((t) => { const f = join(dir, `${t}.copy`); writeFileSync(f, psql(url, `COPY ${t} TO STDOUT`)); return { t, f }; });
  let rows = 0;
  const start = performance.now();
  for (const { t, f } of files) {
    const r = spawnSync(PSQL, ['-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', `\\copy copy_${t} FROM '${f}'`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`copy ${t}: ${r.stderr}`);
  }
  const seconds = (performance.now() - start) / 1000;
  for (const { t, f } of files) { rows += Number((await pool.query(`SELECT COUNT(*) AS n FROM copy_${t}`)).rows[0].n); rmSync(f); }
  return { rows, seconds };
}

/** The same rows by multi-row INSERT (unnest of 500 rows a statement) from `connections` connections at once; returns rows and seconds. */
export async function insertFloor(pool: pg.Pool, connections = 8): Promise<{ rows: number; seconds: number }> {
  await freshTables(pool, 'ins_');
  const work: Array<{ sql: string; params: unknown[][] }> = [];
  let rows = 0;
  for (const t of TABLES) {
    const r = await pool.query(`SELECT * FROM ${t}`);
    const cols = r.fields.map((f) => f.name);
    const types = (await pool.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1`, [t])).rows as Array<{ column_name: string; data_type: string }>;
    const cast = cols.map((c, i) => `$${i + 1}::${types.find((x) => x.column_name === c)!.data_type}[]`).join(', ');
    const sql = `INSERT INTO ins_${t} (${cols.join(', ')}) SELECT * FROM unnest(${cast})`;
    for (let i = 0; i < r.rows.length; i += 500) {
      const chunk = r.rows.slice(i, i + 500);
      work.push({ sql, params: cols.map((c) => chunk.map((row) => row[c])) });
    }
    rows += r.rows.length;
  }
  const start = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    const c = await pool.connect();
    try { while (next < work.length) { const w = work[next++]!; await c.query(w.sql, w.params); } } finally { c.release(); }
  }));
  return { rows, seconds: (performance.now() - start) / 1000 };
}
