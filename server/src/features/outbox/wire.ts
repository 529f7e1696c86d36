/**
 * What an office sends the province's hub: batches of outbox items, each a whitelisted copy of a
 * journal event, a ticket row, a rating or a dossier's status. No field here can hold an ID number
 * or a full name: staff travel as a pseudonym, dossiers without the applicant, events without their
 * free text. Shared by the office's forwarder and the hub, which validates every batch with it.
 */
import { z } from 'zod';

const id = z.string().min(1).max(80);
const ms = z.number().int().min(0);
const nms = ms.nullable();
const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A journal event, reduced to what the province counts. */
const eventItem = z.object({
  journalSeq: z.number().int().positive(), type: z.string().min(1).max(40), at: ms,
  ticketId: id.nullable(), serviceId: id.nullable(), counterId: id.nullable(), staff: id.nullable(),
}).strict();
/** A ticket row as the office's reports read it (the `tickets` projection). */
const ticketItem = z.object({
  id, day: ymd, serviceId: id, counterId: id.nullable(), staff: id.nullable(), status: z.string().min(1).max(20),
  issuedAt: ms, firstCalledAt: nms, calledAt: nms, servingAt: nms, finishedAt: nms,
}).strict();
/** A citizen's rating, without its reasons. */
const ratingItem = z.object({
  id: z.number().int().positive(), day: ymd, level: z.string().min(1).max(32),
  serviceId: id.nullable(), counterId: id.nullable(), staff: id.nullable(), at: ms,
}).strict();
/** A dossier's status, without the applicant. */
const dossierItem = z.object({
  code: z.string().min(1).max(120), procedureCode: z.string().max(120).nullable(), procedureName: z.string().max(500),
  field: z.string().max(300), channel: z.enum(['truc_tiep', 'truc_tuyen', 'buu_chinh']), receivedDate: ymd, dueDate: ymd,
  status: z.enum(['dang_giai_quyet', 'cho_bo_sung', 'tam_dung', 'cho_tra', 'da_tra']), resolvedDate: ymd.nullable(), returnedDate: ymd.nullable(),
}).strict();

const base = { seq: z.number().int().positive(), at: ms };
/** One outbox item: its sequence in the office's outbox, when the office committed it, and what it is. */
const outboxItem = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('event'), data: eventItem }).strict(),
  z.object({ ...base, kind: z.literal('ticket'), data: ticketItem }).strict(),
  z.object({ ...base, kind: z.literal('rating'), data: ratingItem }).strict(),
  z.object({ ...base, kind: z.literal('dossier'), data: dossierItem }).strict(),
]);
export type OutboxItem = z.infer<typeof outboxItem>;

/** What the hub needs to word and count an office's report exactly as the office does. */
const officeProfile = z.object({
  timeZone: z.string().min(1).max(60),
  services: z.record(id, z.string().max(200)),
  counters: z.record(id, z.string().max(200)),
  /** Rating levels, best first, as the office's report lists them. */
  levels: z.array(z.object({ key: z.string().min(1).max(32), label: z.string().min(1).max(80) }).strict()).min(1).max(10),
  /** The office's working-day calendar (hours.holidays and hours.extraWorkdays), or null for the built-in one. */
  hours: z.object({ holidays: z.array(ymd).max(400), extraWorkdays: z.array(ymd).max(200) }).strict().nullable(),
}).strict();
export type OfficeProfile = z.infer<typeof officeProfile>;

/** Most items in one batch. */
const MAX_BATCH = 2000;

/**
 * POST /api/ingest: the items of the office's outbox range (fromSeq, toSeq], in order (an empty range is a
 * heartbeat), and the backlog left behind them. The hub accepts a range only if it starts at or before
 * what it holds, so a batch can never leave a hole.
 */
export const ingestBatch = z.object({
  office: z.string().min(1).max(40),
  fromSeq: z.number().int().min(0),
  toSeq: z.number().int().min(0),
  items: z.array(outboxItem).max(MAX_BATCH),
  /** Items still waiting in the office after this batch, and when the oldest of them was committed. */
  backlog: z.number().int().min(0),
  oldestPendingAt: nms,
  profile: officeProfile.optional(),
}).strict().superRefine((b, c) => {
  if (b.toSeq < b.fromSeq) return void c.addIssue({ code: 'custom', message: 'toSeq before fromSeq', path: ['toSeq'] });
  let prev = b.fromSeq;
  for (const [i, it] of b.items.entries()) {
    if (it.seq <= prev || it.seq > b.toSeq) return void c.addIssue({ code: 'custom', message: `item seq ${it.seq} out of order or outside (${b.fromSeq}, ${b.toSeq}]`, path: ['items', i, 'seq'] });
    prev = it.seq;
  }
});
export type IngestBatch = z.infer<typeof ingestBatch>;

/** The hub's answer: the last sequence it holds for the office (the office resumes after it). */
export interface IngestResult { lastSeq: number; accepted: number; duplicates: number }
/** POST /api/ingest's answer when the batch is taken. */
export interface IngestAnswer { data: IngestResult }
/** The hub's answer to a refused request (any route); a GAP (409) carries the last sequence it holds, so the office resumes after it. */
export interface HubErrorBody { error: { code: string; message: string; lastSeq?: number; details?: string[] } }
