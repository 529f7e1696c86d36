/** Admin-made settings, kept in the admin_settings table and merged over the config file's at start-up and on change. */
import type { SiteConfig } from '@motcua/config';
import type { Procedure } from '@motcua/config/catalog';
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
}

/** Reads every override. */
export function loadOverrides(db: Db): Overrides {
  const out: Record<string, unknown> = {};
  for (const row of db.prepare('SELECT key, value FROM admin_settings').all() as Array<{ key: string; value: string }>) {
    out[row.key] = JSON.parse(row.value);
  }
  return out as Overrides;
}

/** Saves one override (the whole value of its key). */
export function saveOverride<K extends keyof Overrides>(db: Db, key: K, value: Overrides[K], by: string, at: number): void {
  db.prepare(`INSERT INTO admin_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
    .run(key, JSON.stringify(value), at, by);
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
