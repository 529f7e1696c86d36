/** The database handle's type, apart from db.ts so the migrations can name it without a cycle. */
import type Database from 'better-sqlite3';

export type Db = Database.Database;
