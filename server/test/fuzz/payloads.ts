/**
 * Random malformed input for every REST route and socket event (fast-check arbitraries), and a digest of
 * everything a request could change, so a test can say "refused, and nothing changed".
 */
import fc from 'fast-check';
import type { Db } from '../../src/journal/db';

/** Every /api route, :params filled by the fuzzer. */
const ROUTES: Array<[string, string]> = `delete /admin/catalog/procedures/:code;delete /admin/devices/:id;get /admin/audit;get /admin/catalog;get /admin/catalog/export;get /admin/catalog/import/status;get /admin/catalog/procedures/:code;get /admin/devices;get /admin/notices;get /admin/priorities;get /admin/rating;get /admin/setup;get /admin/staff;get /auth/me;get /catalog;get /counters;get /demo-tokens;get /dossiers/import/status;get /dossiers/import/view;get /dossiers/lookup/:code;get /dossiers/ready;get /health;get /holidays/check;get /hours;get /priorities;get /ratings;get /ratings/summary;get /reports;get /reports/export.csv;get /reports/export.xlsx;get /reports/print;get /reports/view;get /services;get /tickets/:id;get /voice/calls/:file;get /voice/kiosk/procedure/:file;get /voice/kiosk/ticket/:file;post /admin/catalog/fields;post /admin/catalog/import;post /admin/catalog/procedures;post /admin/counters;post /admin/devices;post /admin/services;post /admin/staff;post /auth/login;post /dossiers/batch;post /dossiers/import;post /dossiers/import/preview;post /kiosk/checklist;post /kiosk/scan;post /ratings;post /tickets;put /admin/catalog/fields/:id;put /admin/catalog/procedures/:code;put /admin/counters/:id;put /admin/notices;put /admin/priorities;put /admin/rating;put /admin/services/:id;put /admin/staff/:username;put /dossiers/:code;post /counters/:id/call-next;post /counters/:id/recall;post /counters/:id/no-show;post /counters/:id/complete;post /counters/:id/start;post /counters/:id/open;post /counters/:id/close;post /counters/:id/resume;post /counters/:id/call;post /counters/:id/pause;post /counters/:id/transfer`
  .split(';').map((r) => r.split(' ') as [string, string]);

/** Every socket event a client may send (and two it may not). */
const SOCKET_EVENTS = ['snapshot:get', 'time:get', 'ticket:take', 'ticket:follow', 'kiosk:dropPrint',
  ...['callNext', 'recall', 'noShow', 'complete', 'startServing', 'open', 'close', 'resume', 'call', 'pause', 'transfer'].map((a) => `counter:${a}`),
  'counter:explode', 'admin:anything'];

/** Values that look almost right: the ids, names and numbers this office really has, and their near misses. */
const nearly = fc.oneof(
  fc.constantFrom('hotich', 'q1', 'q5', 'A001', 'canbo1', 'kiosk-1', 'datdai', '', ' ', '../../etc/passwd', '%00', 'null', '__proto__', 'constructor'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u0000', '\u202e', '\ud800', 'x'.repeat(5000), '<script>alert(1)</script>', '=1+2'),
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
);

/** A JSON body: anything, objects with the office's own keys given wrong values, deep or wide structures. */
const body = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withNullPrototype: false, withBoxedValues: false }),
  fc.dictionary(fc.constantFrom('serviceId', 'ticketId', 'counterId', 'priority', 'source', 'username', 'password', 'reason', 'line', 'code', 'name', 'services', 'number', 'score', 'role', 'text', 'toCounterId', 'dossiers', '__proto__'), nearly, { maxKeys: 5 }),
  fc.array(nearly, { maxLength: 5 }),
  nearly,
);

/** A path parameter: plain junk, reserved characters percent-encoded, or a real id. */
const param = fc.oneof(
  fc.constantFrom('hotich', 'q1', 'A001', 'kiosk-1', 'canbo1', 'x', 'a.wav', '..', 'con'),
  fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
);

/** What the fuzz may do to one REST request. */
export interface RestCase { method: string; path: string; token: string; body: unknown; raw: string | null; query: string }

/** A request: a route, a token of some role (or a wrong one, or none), a body or a raw text, a query. */
export const restCase = (tokens: string[]) => fc.record({
  route: fc.constantFrom(...ROUTES),
  params: fc.array(param, { minLength: 3, maxLength: 3 }),
  token: fc.constantFrom(...tokens, '', 'wrong-token', 'Bearer'),
  body,
  raw: fc.option(fc.oneof(fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '{"serviceId":"hotich"', '\u0000'), fc.string({ maxLength: 50 })), { nil: null, freq: 4 }),
  query: fc.option(fc.dictionary(fc.constantFrom('from', 'to', 'day', 'period', 'format', 'limit', 'q', 'token'), fc.string({ maxLength: 12 }), { maxKeys: 3 }), { nil: null }),
}).map(({ route: [method, template], params, token, body: b, raw, query }): RestCase => {
  let i = 0;
  const path = template.replace(/:[a-z]+/g, () => params[i++]!);
  const q = query ? `?${new URLSearchParams(query as Record<string, string>)}` : '';
  return { method: method.toUpperCase(), path, token, body: b, raw, query: q };
});

/** A socket emit: an event, a payload (anything), with or without an ack. */
export const socketCase = fc.record({ event: fc.constantFrom(...SOCKET_EVENTS), payload: body, ack: fc.boolean() });

/**
 * What a request may have changed: SQLite's count of rows written through the server's connection since it
 * opened (every insert, update and delete, in every table), and the journal's last seq.
 */
export function digest(db: Db): string {
  return `${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.prepare('SELECT COALESCE(MAX(seq), 0) FROM events').pluck().get() as number}`;
}

/** Row counts per table: said beside a failed check, to name the table that changed. */
export function tableCounts(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((t) => `${t}=${db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number}`).join(' ');
}
