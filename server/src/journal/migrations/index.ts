/** Dated schema migrations, run at boot in name order. Add a file, list it here; never edit a shipped one. */
import type { Db } from '../db';
import m20261123Journal from './2026-11-23-001-journal';

export interface Migration { name: string; up(db: Db): void }

export const migrations: Migration[] = [m20261123Journal];
