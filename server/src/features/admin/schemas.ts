/** zod schemas for the /api/admin payloads. */
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - or _');
const numbering = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prefix'), prefix: z.string().regex(/^[A-Z]{1,3}$/, '1-3 capital letters'), pad: z.number().int().min(1).max(6) }).strict(),
  z.object({ kind: z.literal('range'), from: z.number().int().min(0), to: z.number().int().min(1), pad: z.number().int().min(1).max(6) }).strict(),
]);
const serviceFields = {
  name: z.string().trim().min(1).max(120),
  nameEn: z.string().max(120).optional(),
  numbering,
  dailyCap: z.number().int().min(1).optional(),
  avgServiceMinutes: z.number().int().min(1).max(240),
  enabled: z.boolean(),
};
export const serviceSchema = z.object({ id, ...serviceFields, enabled: z.boolean().default(true), avgServiceMinutes: z.number().int().min(1).max(240).default(10) }).strict();
export const servicePatchSchema = z.object(serviceFields).partial().strict();

const counterFields = { number: z.number().int().min(1).max(999), name: z.string().trim().min(1).max(120), services: z.array(id).min(1) };
export const counterSchema = z.object({ id, ...counterFields }).strict();
export const counterPatchSchema = z.object(counterFields).partial().strict();

export const prioritiesSchema = z.object({
  priorities: z.array(z.object({ id, name: z.string().trim().min(1).max(80), nameEn: z.string().max(80).optional() }).strict()),
  priorityPolicy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('strict') }).strict(),
    z.object({ kind: z.literal('interleaved'), normalPerPriority: z.number().int().min(1).max(20) }).strict(),
  ]),
}).strict();

const role = z.enum(['staff', 'supervisor', 'admin']);
const password = z.string().min(6, 'at least 6 characters').max(256);
export const staffSchema = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/, 'lower-case letters, digits, dot, - or _'),
  name: z.string().trim().min(1).max(120), role, password,
}).strict();
export const staffPatchSchema = z.object({ name: z.string().trim().min(1).max(120), role, password }).partial().strict();

export const deviceSchema = z.object({ id, role: z.enum(['kiosk', 'display', 'counter', 'integration']), counterId: id.optional() }).strict()
  .refine((d) => d.role !== 'counter' || d.counterId, 'a counter device needs counterId');
export const noticesSchema = z.object({ notices: z.array(z.string().trim().min(1).max(300)).max(30) }).strict();
export const ratingSettingsSchema = z.object({ lowReasons: z.array(z.string().trim().min(1).max(120)).max(20) }).strict();
export const idParam = id;
