/** The hub's schema, as dated migrations: add one, never edit a shipped one. */

export interface HubMigration { name: string; sql: string }

export const migrations: HubMigration[] = [
  {
    name: '2026-12-01-001-offices',
    sql: `
      CREATE TABLE offices (
        code text PRIMARY KEY,
        name text NOT NULL,
        district text NOT NULL,
        token_sha256 text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- the last outbox sequence held, and what the office said at its last contact
        last_seq bigint NOT NULL DEFAULT 0,
        items_total bigint NOT NULL DEFAULT 0,
        last_contact_at bigint,
        last_item_at bigint,
        backlog integer NOT NULL DEFAULT 0,
        oldest_pending_at bigint,
        profile jsonb
      );
      CREATE TABLE readers (name text PRIMARY KEY, token_sha256 text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());`,
  },
  {
    // No foreign key to offices: the office comes from its authenticated token, and a per-row key check cost a quarter of ingest.
    name: '2026-12-01-002-figures',
    sql: `
      CREATE TABLE office_events (
        office text NOT NULL, journal_seq bigint NOT NULL, src_seq bigint NOT NULL,
        type text NOT NULL, at bigint NOT NULL, ticket_id text, service_id text, counter_id text, staff text,
        PRIMARY KEY (office, journal_seq)
      );
      CREATE TABLE office_tickets (
        office text NOT NULL, id text NOT NULL, src_seq bigint NOT NULL,
        day text NOT NULL, service_id text NOT NULL, counter_id text, staff text, status text NOT NULL,
        issued_at bigint NOT NULL, first_called_at bigint, called_at bigint, serving_at bigint, finished_at bigint,
        PRIMARY KEY (office, id)
      );
      CREATE INDEX office_tickets_day ON office_tickets (day);
      CREATE TABLE office_ratings (
        office text NOT NULL, id bigint NOT NULL, src_seq bigint NOT NULL,
        day text NOT NULL, level text NOT NULL, service_id text, counter_id text, staff text, at bigint NOT NULL,
        PRIMARY KEY (office, id)
      );
      CREATE INDEX office_ratings_at ON office_ratings (at);
      CREATE TABLE office_dossiers (
        office text NOT NULL, code text NOT NULL, src_seq bigint NOT NULL,
        procedure_code text, procedure_name text NOT NULL, field text NOT NULL, channel text NOT NULL,
        received_date text NOT NULL, due_date text NOT NULL, status text NOT NULL, resolved_date text, returned_date text,
        PRIMARY KEY (office, code)
      );
      CREATE INDEX office_dossiers_received ON office_dossiers (received_date);`,
  },
  {
    // What @socket.io/postgres-adapter needs for packets too large for NOTIFY.
    name: '2026-12-01-003-socket-io',
    sql: `CREATE TABLE socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea);`,
  },
];
