// The error the HTTP layer throws for what only HTTP knows about: parameters, paths, methods, bodies.
import type { ErrorCode } from '../contract/errors.ts';

/** A request the HTTP layer refuses, with its code (the status comes from the catalogue). */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
