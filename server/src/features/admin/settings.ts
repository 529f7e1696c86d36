/** Admin-made settings, kept in the admin_settings table and merged over the config file's at start-up and on change. */
import type { SiteConfig } from '@motcua/config';
import type { Catalog, Field, Procedure } from '@motcua/config/catalog';
import type { Setup } from '../../core';
import type { Db } from '../../journal/db';

type StaffAccount = SiteConfig['staff'][number];
type DeviceToken = SiteConfig['deviceTokens'][number];

/** What an admin changed; absent keys keep the config file's value. */
export interface Overrides {
  /** Accounts added or changed, by username (they win over the file's). */
  staff?: StaffAccount[];
  /** Tokens issued, by id; `revoked` hides a token of the file's too. */
  devices?: Array<DeviceToken | { id: string; revoked: true }>;
  notices?: string[];
  lowReasons?: string[];
  /** Procedures added or edited, by code; `deleted` hides one of the catalog folder's (see features/catalog.ts). */
  catalog?: Array<Procedure | { code: string; deleted: true }>;
  /** Fields (lĩnh vực) of the catalog added or renamed, by id. */
  catalogFields?: Field[];
}

/** The key of an imported catalog (megabytes of JSON): read on its own by loadCatalogBase, never with the overrides. */
const CATALOG_BASE = 'catalogBase';

/** Reads every override. */
export function loadOverrides(db: Db): Overrides {
  const out: Record<string, unknown> = {};
  for (const row of db.prepare('SELECT key, value FROM admin_settings WHERE key <> ?').all(CATALOG_BASE) as Array<{ key: string; value: string }>) {
    out[row.key] = JSON.parse(row.value);
  }
  return out as Overrides;
}

const identity = (x: unknown): string | null => {
  if (typeof x === 'string') return x;
  const o = x as Record<string, unknown> | null;
  const id = o?.code ?? o?.username ?? o?.id;
  return typeof id === 'string' ? id : null;
};

/** "catalog: 1.001193 changed; 2.000001 added" — what a change did, by the entries' codes, usernames or ids. */
export function describeChange(key: string, before: unknown, after: unknown): string {
  if (!Array.isArray(after)) return `${key} changed`;
  const old = new Map((Array.isArray(before) ? before : []).map((x) => [identity(x), JSON.stringify(x)]));
  const now = new Map(after.map((x) => [identity(x), JSON.stringify(x)]));
  const strings = (xs: unknown) => Array.isArray(xs) && xs.length > 0 && xs.every((x) => typeof x === 'string');
  if (strings(after) || (after.length === 0 && strings(before))) return `${key}: ${after.length} dòng / lines`;
  const parts: string[] = [];
  for (const [id, v] of now) {
    if (old.get(id) === v) continue;
    const verb = v.includes('"deleted":true') ? 'deleted' : v.includes('"revoked":true') ? 'revoked' : old.has(id) ? 'changed' : 'added';
    parts.push(`${id} ${verb}`);
  }
  for (const id of old.keys()) if (!now.has(id)) parts.push(`${id} restored`);
  return `${key}: ${parts.join('; ') || 'no change'}`;
}

/** Saves one override (the whole value of its key) and records who changed what, in one transaction. */
export function saveOverride<K extends keyof Overrides>(db: Db, key: K, value: Overrides[K], by: string, at: number): void {
  db.transaction(() => {
    const prev = db.prepare('SELECT value FROM admin_settings WHERE key = ?').pluck().get(key) as string | undefined;
    db.prepare(`INSERT INTO admin_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
      .run(key, JSON.stringify(value), at, by);
    db.prepare('INSERT INTO admin_audit (at, by, key, what) VALUES (?, ?, ?, ?)')
      .run(at, by, key, describeChange(key, prev === undefined ? undefined : JSON.parse(prev), value));
  })();
}

/** The latest admin changes, newest first: settings (admin_audit) and set-up edits (SetupApplied in the journal). */
export function auditTrail(db: Db, limit = 200): Array<{ at: number; by: string; what: string }> {
  const settings = db.prepare('SELECT at, by, what FROM admin_audit ORDER BY at DESC, id DESC LIMIT ?').all(limit) as Array<{ at: number; by: string; what: string }>;
  const setup = (db.prepare(`SELECT at, actor AS by FROM events WHERE type = 'SetupApplied' AND actor LIKE 'staff:%' ORDER BY seq DESC LIMIT ?`).all(limit) as Array<{ at: number; by: string }>)
    .map((r) => ({ at: r.at, by: r.by.slice(6), what: 'setup: services, counters or priorities changed' }));
  return [...settings, ...setup].sort((a, b) => b.at - a.at).slice(0, limit);
}

/** The catalog an admin imported (it replaces the catalog folder's), or null. */
export function loadCatalogBase(db: Db): Catalog | null {
  const row = db.prepare('SELECT value FROM admin_settings WHERE key = ?').get(CATALOG_BASE) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Catalog) : null;
}

/** Saves an imported catalog (already checked, as JSON text) as the new base and clears the per-procedure edits, in one transaction. */
export function saveCatalogImport(db: Db, catalogJson: string, by: string, at: number, procedures?: number): void {
  db.transaction(() => {
    db.prepare(`INSERT INTO admin_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
      .run(CATALOG_BASE, catalogJson, at, by);
    db.prepare('INSERT INTO admin_audit (at, by, key, what) VALUES (?, ?, ?, ?)')
      .run(at, by, CATALOG_BASE, `catalog imported${procedures !== undefined ? `: ${procedures} thủ tục / procedures` : ''}, replacing the previous one`);
    saveOverride(db, 'catalog', [], by, at);
    if (loadOverrides(db).catalogFields?.length) saveOverride(db, 'catalogFields', [], by, at);
  })();
}

function mergeBy<T, K extends keyof T>(base: T[], over: T[] | undefined, key: K): T[] {
  if (!over) return base;
  const out = base.map((b) => over.find((o) => o[key] === b[key]) ?? b);
  for (const o of over) if (!base.some((b) => b[key] === o[key])) out.push(o);
  return out;
}

/** The config the server runs with: the file's, the journal's set-up, then the admin's overrides. */
export function effectiveConfig(file: SiteConfig, o: Overrides, setup: Setup | null): SiteConfig {
  const devices = mergeBy<DeviceToken | { id: string; revoked: true }, 'id'>(file.deviceTokens, o.devices, 'id')
    .filter((d): d is DeviceToken => !('revoked' in d));
  return {
    ...file,
    ...(setup ? {
      services: setup.services.map((s) => ({ ...s })),
      counters: setup.counters.map((c) => ({ ...c, services: [...c.services] })),
      priorities: setup.priorities.map((p) => ({ ...p })),
      queue: { ...file.queue, priorityPolicy: setup.priorityPolicy },
    } : {}),
    staff: mergeBy(file.staff, o.staff, 'username'),
    deviceTokens: devices,
    notices: o.notices ?? file.notices,
    rating: { ...file.rating, lowReasons: o.lowReasons ?? file.rating.lowReasons },
  };
}
