/** Admin-made settings, kept in the admin_settings table and merged over the config file's at start-up and on change. */
import type { SiteConfig } from '@motcua/config';
import type { Catalog, Field, Procedure } from '@motcua/config/catalog';
import type { AuditEntry } from '../../contract';
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
  /** The wall display's voice, set in /admin (features/admin/voice-routes.ts). */
  voice?: Partial<SiteConfig['voice']>;
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

/** Fields whose values never go into the trail: only that they changed. */
const SECRET = /password|hash|token|secret/i;
const MAX_VALUE = 60;

/** A value as the trail shows it: short, quoted when text. */
function shown(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(trống)';
  const text = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What changed between two versions of one entry, field by field: `fee.text: "50.000 đồng" → "60.000 đồng"`.
 * Nested objects are followed (`fee.text`); a list says how many items it went from and to.
 */
export function fieldChanges(before: unknown, after: unknown, prefix = ''): string[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
    const name = prefix + k;
    if (SECRET.test(k)) out.push(`${name}: đã đổi / changed`);
    else if (isRecord(a[k]) && isRecord(b[k])) out.push(...fieldChanges(a[k], b[k], `${name}.`));
    else if (Array.isArray(a[k]) && Array.isArray(b[k])) {
      const [n, m] = [(a[k] as unknown[]).length, (b[k] as unknown[]).length];
      out.push(n === m ? `${name}: ${m} mục, đã sửa / ${m} items, edited` : `${name}: ${n} → ${m} mục / items`);
    } else out.push(`${name}: ${shown(a[k])} → ${shown(b[k])}`);
  }
  return out;
}

/**
 * What a change did, by the entries' codes, usernames or ids, with old → new values for each changed
 * field: `catalog: 1.001193 changed (fee: "50.000 đồng" → "60.000 đồng"); 2.000001 added`. `current`
 * gives an entry as it was in effect before (the config file's or the catalog folder's), so the first
 * edit of one shows its old values too.
 */
export function describeChange(key: string, before: unknown, after: unknown, current?: ((id: string) => unknown) | unknown[]): string {
  if (!Array.isArray(after)) return `${key} changed`;
  // A list saved for the first time replaces the config file's: compare with that.
  if (before === undefined && Array.isArray(current)) before = current;
  const strings = (xs: unknown) => Array.isArray(xs) && xs.length > 0 && xs.every((x) => typeof x === 'string');
  if (strings(after) || (after.length === 0 && strings(before))) {
    const was = new Set(Array.isArray(before) ? (before as string[]) : []);
    const now = new Set(after as string[]);
    const lines = [...[...now].filter((x) => !was.has(x)).map((x) => `+ ${shown(x)}`), ...[...was].filter((x) => !now.has(x)).map((x) => `− ${shown(x)}`)];
    return `${key}: ${after.length} dòng / lines${lines.length ? ` (${lines.join('; ')})` : ''}`;
  }
  const old = new Map((Array.isArray(before) ? before : []).map((x) => [identity(x), x as unknown]));
  const parts: string[] = [];
  for (const x of after as unknown[]) {
    const id = identity(x);
    const prev = old.has(id) ? old.get(id) : id !== null && typeof current === 'function' ? current(id) : undefined;
    if (JSON.stringify(prev) === JSON.stringify(x)) continue;
    const flag = x as { deleted?: boolean; revoked?: boolean };
    if (flag.deleted) parts.push(`${id} deleted`);
    else if (flag.revoked) parts.push(`${id} revoked`);
    else if (prev === undefined) parts.push(`${id} added`);
    else parts.push(`${id} changed (${fieldChanges(prev, x).join('; ')})`);
  }
  const now = new Set((after as unknown[]).map(identity));
  for (const id of old.keys()) if (!now.has(id)) parts.push(`${id} restored`);
  return `${key}: ${parts.join('; ') || 'no change'}`;
}

/** Writes one admin setting (its value as JSON text) and its audit-trail line in one transaction: nothing changes without its record. */
export function writeSetting(db: Db, key: string, value: string, by: string, at: number, what: string): void {
  db.transaction(() => {
    db.prepare(`INSERT INTO admin_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
      .run(key, value, at, by);
    db.prepare('INSERT INTO admin_audit (at, by, key, what) VALUES (?, ?, ?, ?)').run(at, by, key, what);
  })();
}

/** Saves one override (the whole value of its key) and records who changed what, in one transaction. */
export function saveOverride<K extends keyof Overrides>(db: Db, key: K, value: Overrides[K], by: string, at: number, current?: ((id: string) => unknown) | unknown[]): void {
  db.transaction(() => {
    const prev = db.prepare('SELECT value FROM admin_settings WHERE key = ?').pluck().get(key) as string | undefined;
    // Described before the write: `current` reads what is in effect, which the write changes.
    const what = describeChange(key, prev === undefined ? undefined : JSON.parse(prev), value, current);
    writeSetting(db, key, JSON.stringify(value), by, at, what);
  })();
}

/** A set-up edit in words: `setup: services: hotich changed (name: "Hộ tịch" → "Hộ tịch (A)")`. */
function setupChanges(before: Setup | undefined, after: Setup): string {
  const parts: string[] = [];
  for (const list of ['services', 'counters', 'priorities'] as const) {
    const desc = describeChange(list, before?.[list] ?? [], after[list]);
    // An entry gone from the set-up was removed (for overrides, gone means back to the file's).
    if (!desc.endsWith('no change')) parts.push(desc.replace(/ restored\b/g, ' removed'));
  }
  for (const k of ['priorityPolicy', 'endOfDay', 'dayResetAt', 'timeZone'] as const) {
    parts.push(...fieldChanges({ [k]: before?.[k] }, { [k]: after[k] }));
  }
  return `setup: ${parts.join('; ') || 'no change'}`;
}

/** The latest admin changes, newest first: settings (admin_audit) and set-up edits (SetupApplied in the journal). */
export function auditTrail(db: Db, limit = 200): AuditEntry[] {
  const settings = db.prepare('SELECT at, by, what FROM admin_audit ORDER BY at DESC, id DESC LIMIT ?').all(limit) as AuditEntry[];
  // Each set-up edit against the set-up before it (the config file's or an earlier edit).
  const rows = db.prepare(`SELECT at, actor, data FROM events WHERE type = 'SetupApplied' ORDER BY seq`).all() as Array<{ at: number; actor: string; data: string }>;
  const setup: AuditEntry[] = [];
  let prev: Setup | undefined;
  for (const r of rows) {
    const next = (JSON.parse(r.data) as { setup: Setup }).setup;
    if (r.actor.startsWith('staff:')) setup.push({ at: r.at, by: r.actor.slice(6), what: setupChanges(prev, next) });
    prev = next;
  }
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
    writeSetting(db, CATALOG_BASE, catalogJson, by, at, `catalog imported${procedures !== undefined ? `: ${procedures} thủ tục / procedures` : ''}, replacing the previous one`);
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
    voice: { ...file.voice, ...o.voice },
    rating: { ...file.rating, lowReasons: o.lowReasons ?? file.rating.lowReasons },
  };
}
