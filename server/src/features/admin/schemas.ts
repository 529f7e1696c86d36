/** zod schemas for the /api/admin payloads. */
import { z } from 'zod';
import { safeText } from '../../contract/safe-text';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - or _');
const numbering = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prefix'), prefix: z.string().regex(/^[A-Z]{1,3}$/, '1-3 capital letters'), pad: z.number().int().min(1).max(6) }).strict(),
  z.object({ kind: z.literal('range'), from: z.number().int().min(0), to: z.number().int().min(1), pad: z.number().int().min(1).max(6) }).strict(),
]);
const serviceFields = {
  name: safeText(120).trim().min(1),
  nameEn: safeText(120).optional(),
  numbering,
  dailyCap: z.number().int().min(1).optional(),
  avgServiceMinutes: z.number().int().min(1).max(240),
  enabled: z.boolean(),
};
export const serviceSchema = z.object({ id, ...serviceFields, enabled: z.boolean().default(true), avgServiceMinutes: z.number().int().min(1).max(240).default(10) }).strict();
export const servicePatchSchema = z.object(serviceFields).partial().strict();

const counterFields = { number: z.number().int().min(1).max(999), name: safeText(120).trim().min(1), services: z.array(id).min(1) };
export const counterSchema = z.object({ id, ...counterFields }).strict();
export const counterPatchSchema = z.object(counterFields).partial().strict();

export const prioritiesSchema = z.object({
  priorities: z.array(z.object({ id, name: safeText(80).trim().min(1), nameEn: safeText(80).optional() }).strict()),
  priorityPolicy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('strict') }).strict(),
    z.object({ kind: z.literal('interleaved'), normalPerPriority: z.number().int().min(1).max(20) }).strict(),
  ]),
}).strict();

const role = z.enum(['staff', 'supervisor', 'admin']);
const password = z.string().min(6, 'at least 6 characters').max(256);
export const staffSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, 'lower-case letters, digits, dot, - or _'),
  name: safeText(120).trim().min(1), role, password,
}).strict();
export const staffPatchSchema = z.object({ name: safeText(120).trim().min(1), role, password, disabled: z.boolean() }).partial().strict();

export const deviceSchema = z.object({ id, role: z.enum(['kiosk', 'display', 'counter', 'integration']), counterId: id.optional() }).strict()
  .refine((d) => d.role !== 'counter' || d.counterId, 'a counter device needs counterId');
export const noticesSchema = z.object({ notices: z.array(safeText(300).trim().min(1)).max(30) }).strict();
export const ratingSettingsSchema = z.object({ lowReasons: z.array(safeText(120).trim().min(1)).max(20) }).strict();
export const idParam = id;
export const sessionIdParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
