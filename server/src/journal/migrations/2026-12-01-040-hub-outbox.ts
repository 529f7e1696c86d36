/**
 * The outbox to the province's hub: triggers add one row per journal event, ticket change, rating and
 * dossier change, in the same transaction as the write itself, so nothing committed is missed and the
 * queue's code is untouched. Rows only reference their source; the forwarder whitelists fields when
 * it sends. The triggers do nothing until forwarding is enabled (hub_forward.enabled = 1).
 */
import type { Db } from '../sqlite';

const NOW_MS = `CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER)`;
const ON = `WHEN (SELECT enabled FROM hub_forward WHERE id = 1) = 1`;
const add = (kind: string, ref: string) => `BEGIN INSERT INTO hub_outbox (kind, ref, at) VALUES ('${kind}', ${ref}, ${NOW_MS}); END;`;

export default {
  name: '2026-12-01-040-hub-outbox',
  up(db: Db) {
    db.exec(`
      CREATE TABLE hub_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, ref TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE hub_forward (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0,
        acked_seq INTEGER NOT NULL DEFAULT 0,
        last_sent_at INTEGER, last_ok_at INTEGER, last_error TEXT, last_error_at INTEGER, hub_url TEXT
      );
      INSERT INTO hub_forward (id) VALUES (1);
      CREATE TRIGGER hub_outbox_event AFTER INSERT ON events ${ON} ${add('event', 'NEW.seq')}
      CREATE TRIGGER hub_outbox_ticket_new AFTER INSERT ON tickets ${ON} ${add('ticket', 'NEW.id')}
      CREATE TRIGGER hub_outbox_ticket AFTER UPDATE ON tickets ${ON} ${add('ticket', 'NEW.id')}
      CREATE TRIGGER hub_outbox_rating AFTER INSERT ON ratings ${ON} ${add('rating', 'NEW.id')}
      CREATE TRIGGER hub_outbox_dossier_new AFTER INSERT ON dossiers ${ON} ${add('dossier', 'NEW.code')}
      CREATE TRIGGER hub_outbox_dossier AFTER UPDATE ON dossiers ${ON} ${add('dossier', 'NEW.code')}
    `);
  },
};
