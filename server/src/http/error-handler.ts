/** The one error middleware: every refusal, body-parser and transport error answered with our {error: {code, message}}. */
import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody } from '../contract';
import { RateLimited } from '../app/limits';
import type { Logger } from '../log';
import { describeError } from './errors';

// body-parser's error types (http-errors with a 4xx status) and our codes for them.
const BODY_CODES: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_JSON', 'Nội dung JSON không hợp lệ / malformed JSON'],
  'entity.too.large': [413, 'TOO_LARGE', 'Nội dung quá lớn / body too large'],
  'charset.unsupported': [415, 'UNSUPPORTED_CHARSET', 'Bảng mã không được hỗ trợ / unsupported charset'],
  'encoding.unsupported': [415, 'UNSUPPORTED_ENCODING', 'Kiểu nén không được hỗ trợ / unsupported content encoding'],
  'request.aborted': [400, 'ABORTED', 'Yêu cầu bị ngắt / request aborted'],
  'request.size.invalid': [400, 'BAD_BODY', 'Độ dài nội dung sai / content length mismatch'],
  'parameters.too.many': [413, 'TOO_LARGE', 'Quá nhiều tham số / too many parameters'],
};

/** Status and body for any error: ours, the body parser's, the router's (bad %-encoding), or a bug (500). */
export function describeHttpError(err: unknown): { status: number; error: { code: string; message: string; details?: string[] } } {
  const e = err as { type?: string; status?: number; statusCode?: number; expose?: boolean } | null;
  const known = e?.type ? BODY_CODES[e.type] : undefined;
  if (known) return { status: known[0], error: { code: known[1], message: known[2] } };
  const described = describeError(err);
  if (described.status !== 500) return described;
  const status = e?.status ?? e?.statusCode;
  // Any other client error the libraries raise: a corrupt gzip body, a path with bad %-encoding, a bad range.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 413) return { status, error: { code: 'TOO_LARGE', message: 'Nội dung quá lớn / body too large' } };
    if (status === 415) return { status, error: { code: 'UNSUPPORTED_TYPE', message: 'Kiểu nội dung không được hỗ trợ / unsupported media type' } };
    if (status === 404) return { status, error: { code: 'NOT_FOUND', message: 'Không có địa chỉ này / not found' } };
    return { status: 400, error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ / malformed request' } };
  }
  return described;
}

/** Express's error middleware: answers, sets Retry-After on a 429, and logs only our own failures (5xx), never a client's. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, error } = describeHttpError(err);
    if (err instanceof RateLimited) res.set('Retry-After', String(err.retryAfter));
    if (status >= 500) log.error(`${req.method} ${req.path.slice(0, 200)} failed`, err);
    // A client that sent a body we refused before reading it: close rather than read the rest.
    if (!req.complete) res.set('connection', 'close');
    res.status(status).json({ error } satisfies ApiErrorBody);
  };
}
