/** One error shape for REST and socket acks: {error: {code, message}} with a fitting HTTP status. */
import { QueueError, type QueueErrorCode } from '../core';
import type { ApiError } from '../contract/views';
import { errorText } from '../contract/error-text';
import type { z } from 'zod';
import { ApiFailure } from '../app/failure';

export { ApiFailure };

const QUEUE_STATUS: Record<QueueErrorCode, number> = {
  QUEUE_EMPTY: 409, COUNTER_PAUSED: 409, COUNTER_CLOSED: 409, COUNTER_TAKEN: 409, COUNTER_IDLE: 409,
  NOT_AT_THIS_COUNTER: 409, DAILY_CAP_REACHED: 409, RANGE_EXHAUSTED: 409, SERVICE_DISABLED: 409,
  UNKNOWN_SERVICE: 404, UNKNOWN_COUNTER: 404, UNKNOWN_TICKET: 404, UNKNOWN_PRIORITY: 400,
  TICKET_NOT_WAITING: 409, TICKET_NOT_CALLED: 409, TICKET_FINISHED: 409, ALREADY_PAUSED: 409, NOT_PAUSED: 409,
  SAME_DESTINATION: 400, INVALID_SETUP: 400,
  TICKET_NOT_NO_SHOW: 409, CALL_BACK_EXPIRED: 409,
};

/** Status and body for anything thrown while handling a request. */
export function describeError(e: unknown): { status: number; error: ApiError } {
  if (e instanceof ApiFailure) return { status: e.status, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  if (e instanceof QueueError) return { status: QUEUE_STATUS[e.code] ?? 409, error: { code: e.code, message: `${errorText(e.code)} / ${e.message}` } };
  return { status: 500, error: { code: 'INTERNAL', message: 'Lỗi hệ thống / internal error' } };
}

/** Parses input with a schema or throws a 400 naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new ApiFailure(400, 'VALIDATION', `Dữ liệu không hợp lệ / invalid input: ${details.join('; ')}`, details);
}
