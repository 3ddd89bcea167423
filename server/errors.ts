// The catalogue of error codes with their HTTP status, and the error the API throws.

/** Every error code the API can answer with, and its HTTP status. */
export const ERROR_CATALOGUE = {
  EMPTY_QUERY: 400,
  QUERY_TOO_LONG: 400,
  INVALID_PARAMETER: 400,
  UNKNOWN_PROVINCE: 400,
  UNKNOWN_DOCUMENT: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  INDEX_UNAVAILABLE: 503,
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error a client can act on: a code, a message for people, and optional details. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_CATALOGUE[code];
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown };
}

/** Builds the response body for an error. */
export function errorBody(err: ApiError): ErrorBody {
  return {
    error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) },
  };
}
