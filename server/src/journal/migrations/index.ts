/** Dated schema migrations, run at boot in name order. Add a file, list it here; never edit a shipped one. */
import type { Db } from '../sqlite';
import m20261123Journal from './2026-11-23-001-journal';
import m20261123Dossiers from './2026-11-23-020-dossiers';
import m20261123Ratings from './2026-11-23-010-ratings';
import m20261123AdminSettings from './2026-11-23-011-admin-settings';
import m20261123AdminAudit from './2026-11-23-030-admin-audit';
import m20261201HubOutbox from './2026-12-01-040-hub-outbox';
import m20261201DossierNote from './2026-12-01-040-dossier-note';
import m20261201SessionClient from './2026-12-01-040-session-client';
import m20261201SnapshotFormat from './2026-12-01-040-snapshot-format';

export interface Migration { name: string; up(db: Db): void }

export const migrations: Migration[] = [m20261123Journal, m20261123Dossiers, m20261123Ratings, m20261123AdminSettings, m20261123AdminAudit,
  m20261201HubOutbox, m20261201DossierNote, m20261201SessionClient, m20261201SnapshotFormat];
