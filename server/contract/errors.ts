// The catalogue of error codes with their HTTP status, and the body every error response has.
import { z } from 'zod';
import { API_SCHEMAS } from './registry.ts';

/** Every error code the API answers with: its HTTP status and when it is given. */
export const ERROR_CODES = {
  EMPTY_QUERY: { status: 400, when: '`q` missing or blank' },
  QUERY_TOO_LONG: { status: 400, when: '`q` over 200 characters' },
  INVALID_PARAMETER: { status: 400, when: 'a parameter out of range, not a whole number, given twice, or unknown' },
  UNKNOWN_PROVINCE: { status: 400, when: 'a province or city with no documents (details list the valid ones)' },
  UNKNOWN_DOCUMENT: { status: 400, when: 'a document filter that does not exist (details list the valid ones)' },
  BAD_REQUEST: { status: 400, when: 'a URL that cannot be decoded' },
  NOT_FOUND: { status: 404, when: 'an unknown clause, document or path' },
  METHOD_NOT_ALLOWED: { status: 405, when: 'a method the path does not serve (the Allow header lists those it does)' },
  PRECONDITION_FAILED: { status: 412, when: 'an If-Match or If-Unmodified-Since condition on a file that fails' },
  PAYLOAD_TOO_LARGE: { status: 413, when: 'a request body (no endpoint takes one)' },
  RANGE_NOT_SATISFIABLE: { status: 416, when: 'a Range outside a file (Content-Range gives its size)' },
  RATE_LIMITED: { status: 429, when: 'over the configured requests per minute from one address (Retry-After)' },
  HEADERS_TOO_LARGE: { status: 431, when: 'a request line and headers over 64 KiB' },
  INTERNAL: { status: 500, when: 'a fault of the server; it is logged with the request id' },
  SERVER_BUSY: {
    status: 503,
    when: 'too many questions, facts-table or related requests waiting (HEAVY_QUEUE, HEAVY_WAIT_MS); with Retry-After',
  },
} as const satisfies Record<string, { status: number; when: string }>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

const codes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** The JSON body of every error response. */
export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(codes),
      message: z.string().meta({ description: 'For people; may change. Programs read `code`.' }),
      details: z.unknown().optional().meta({ description: 'Structured detail, e.g. the valid values' }),
    }),
  })
  .register(API_SCHEMAS, { id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
