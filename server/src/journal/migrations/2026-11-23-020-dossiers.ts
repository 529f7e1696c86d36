/** Dossiers (hồ sơ) imported from or pushed by the province's one-door software. */
import type { Db } from '../sqlite';

export default {
  name: '2026-11-23-020-dossiers',
  up(db: Db) {
    db.exec(`
      CREATE TABLE dossiers (
        code TEXT PRIMARY KEY COLLATE NOCASE,
        procedure_code TEXT,
        procedure_name TEXT NOT NULL,
        field TEXT NOT NULL,
        applicant_name TEXT,
        channel TEXT NOT NULL,
        received_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL,
        resolved_date TEXT,
        returned_date TEXT,
        source TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX dossiers_received ON dossiers (received_date);
      CREATE INDEX dossiers_resolved ON dossiers (resolved_date);
      CREATE INDEX dossiers_status ON dossiers (status);
    `);
  },
};
