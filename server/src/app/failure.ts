/** A refusal the application gives (bad input, no token, not allowed, closed), with its HTTP status; http/errors.ts shapes it. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: string[]) {
    super(message);
    this.name = 'ApiFailure';
  }
}
