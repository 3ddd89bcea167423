// Errors of the search and answer engine, named by code; the HTTP layer maps each code to a status.
import type { ErrorCode } from './contract/errors.ts';

/** The codes the engine itself gives: inputs it cannot work with. */
export type DomainErrorCode = Extract<
  ErrorCode,
  'EMPTY_QUERY' | 'QUERY_TOO_LONG' | 'UNKNOWN_PROVINCE' | 'UNKNOWN_DOCUMENT'
>;

/**
 * An input the engine refuses (a blank or too long query, a region or document it has no
 * documents for), with a message for people and details for programs (the valid values).
 * It knows nothing of HTTP: `server/http/error-middleware.ts` gives it its status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
