/** The hub's PostgreSQL: a pool, and the dated migrations run at start under an advisory lock (several hub processes may start at once). */
import pg from 'pg';
import { migrations } from './migrations';

// bigint columns hold millisecond instants and counts, well inside 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Opens a pool on the connection string (DATABASE_URL). */
export function openPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  // An idle client losing its server (a PostgreSQL restart) must not crash the hub; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

const LOCK = 4_241_020; // any constant: one migrator at a time across processes

/** Runs every migration not yet applied, in name order, each in its own transaction; returns their names. */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS hub_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await c.query<{ name: string }>('SELECT name FROM hub_migrations')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
      if (done.has(m.name)) continue;
      await c.query('BEGIN');
      try {
        await c.query(m.sql);
        await c.query('INSERT INTO hub_migrations (name) VALUES ($1)', [m.name]);
        await c.query('COMMIT');
      } catch (e) { await c.query('ROLLBACK'); throw e; }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [LOCK]).catch(() => {});
    c.release();
  }
}
