/** Every way a queue command can be refused; the code travels to the API and the screens. */
export type QueueErrorCode =
  | 'QUEUE_EMPTY'
  | 'COUNTER_PAUSED'
  | 'COUNTER_CLOSED'
  | 'COUNTER_TAKEN'
  | 'COUNTER_IDLE'
  | 'NOT_AT_THIS_COUNTER'
  | 'DAILY_CAP_REACHED'
  | 'RANGE_EXHAUSTED'
  | 'SERVICE_DISABLED'
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_COUNTER'
  | 'UNKNOWN_TICKET'
  | 'UNKNOWN_PRIORITY'
  | 'TICKET_NOT_WAITING'
  | 'TICKET_NOT_CALLED'
  | 'TICKET_FINISHED'
  | 'TICKET_NOT_NO_SHOW'
  | 'CALL_BACK_EXPIRED'
  | 'ALREADY_PAUSED'
  | 'NOT_PAUSED'
  | 'SAME_DESTINATION'
  | 'INVALID_SETUP';

/** A refusal by the queue core: nothing was decided, nothing changes. */
export class QueueError extends Error {
  readonly code: QueueErrorCode;
  constructor(code: QueueErrorCode, message: string) {
    super(message);
    this.name = 'QueueError';
    this.code = code;
  }
}

/** Shorthand used by the rules: throw a refusal with its code. */
export function refuse(code: QueueErrorCode, message: string): never {
  throw new QueueError(code, message);
}
