/** zod schemas for every inbound payload (REST bodies and socket events). Types are not validation. */
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - or _');

export const takeTicketSchema = z.object({
  serviceId: id,
  priority: id.nullable().optional(),
  /** How the citizen asked: touch (default) or a CCCD scan. */
  source: z.enum(['kiosk', 'cccd']).optional(),
  /** The kiosk's language when the number was taken: the printed ticket is in it. */
  lang: z.enum(['vi', 'en']).optional(),
}).strict();

export const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
}).strict();

export const counterRefSchema = z.object({ counterId: id }).strict();
export const callTicketSchema = z.object({ ticketId: id }).strict();
export const pauseSchema = z.object({ reason: z.string().trim().min(1, 'give a reason').max(200) }).strict();
export const transferSchema = z.object({ serviceId: id.optional(), counterId: id.optional() }).strict()
  .refine((v) => v.serviceId || v.counterId, 'give serviceId or counterId');
export const emptySchema = z.object({}).strict();
export const followTicketSchema = z.object({ ticketId: id }).strict();
export const ticketIdParam = id;

/** Socket payload for a counter action: the counter plus the action's own fields. */
export const counterActionSchemas = {
  callNext: counterRefSchema,
  recall: counterRefSchema,
  noShow: counterRefSchema,
  complete: counterRefSchema,
  startServing: counterRefSchema,
  open: counterRefSchema,
  close: counterRefSchema,
  resume: counterRefSchema,
  call: counterRefSchema.extend(callTicketSchema.shape),
  /** Call back a citizen marked absent earlier today who has come back. */
  callBack: counterRefSchema.extend(callTicketSchema.shape),
  pause: counterRefSchema.extend(pauseSchema.shape),
  transfer: z.object({ counterId: id, serviceId: id.optional(), toCounterId: id.optional() }).strict()
    .refine((v) => v.serviceId || v.toCounterId, 'give serviceId or toCounterId'),
} as const;

export type TakeTicketInput = z.infer<typeof takeTicketSchema>;
export type CounterAction = keyof typeof counterActionSchemas;
export type CounterActionInput<A extends CounterAction> = z.infer<(typeof counterActionSchemas)[A]>;
