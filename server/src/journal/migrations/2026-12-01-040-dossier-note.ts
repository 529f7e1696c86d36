/** What the one-door software says about a dossier (e.g. the papers a "chờ bổ sung" dossier still needs): the kiosk shows it. */
import type { Db } from '../sqlite';

export default {
  name: '2026-12-01-040-dossier-note',
  up(db: Db) {
    db.exec('ALTER TABLE dossiers ADD COLUMN note TEXT');
  },
};
