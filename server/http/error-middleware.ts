// The one error handler: every failure becomes { error: { code, message } }; no stack reaches a client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ERROR_CODES, type ErrorBody, type ErrorCode } from '../contract/errors.ts';
import { DomainError } from '../errors.ts';
import { HttpError } from './http-error.ts';

/** An error as the client gets it: status, code, message, details. */
interface Answer {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

// The static file server's refusals (send), which keep their meaning and status.
const STATIC_REFUSALS: Readonly<Record<number, Answer>> = {
  400: { code: 'BAD_REQUEST', message: 'the request could not be read (a malformed URL)' },
  404: { code: 'NOT_FOUND', message: 'no such file' },
  412: { code: 'PRECONDITION_FAILED', message: 'the file does not meet the request’s If-Match or If-Unmodified-Since' },
  416: { code: 'RANGE_NOT_SATISFIABLE', message: 'the requested range is outside the file' },
};

const FILE_HEADERS = [
  'content-type',
  'content-length',
  'content-range',
  'content-disposition',
  'etag',
  'last-modified',
  'cache-control',
  'accept-ranges',
];

/** What to answer for anything thrown: domain and HTTP errors by their code, known library errors by kind. */
export function answerFor(err: unknown): Answer {
  if (err instanceof DomainError || err instanceof HttpError) {
    return { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) };
  }
  const e = err as { status?: number; statusCode?: number; type?: string; expose?: boolean } | undefined;
  if (e?.type === 'entity.too.large') return { code: 'PAYLOAD_TOO_LARGE', message: 'the request body is too large' };
  if (err instanceof URIError) return STATIC_REFUSALS[400] as Answer;
  const status = e?.status ?? e?.statusCode;
  const refusal = status === undefined ? undefined : STATIC_REFUSALS[status];
  if (refusal) return refusal;
  return { code: 'INTERNAL', message: 'an internal error occurred; it has been logged' };
}

/** The body of an error answer. */
export function errorBody(answer: Answer): ErrorBody {
  return {
    error: {
      code: answer.code,
      message: answer.message,
      ...(answer.details !== undefined ? { details: answer.details } : {}),
    },
  };
}

/** The error middleware: logs server faults with their stack (in the log only), answers JSON. */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const answer = answerFor(err);
  const status = ERROR_CODES[answer.code].status;
  if (status >= 500) req.log?.error({ err, id: req.id }, 'request failed');
  // Headers describing a file that is not sent go; a refused range keeps Content-Range (the file's
  // size, as RFC 9110 asks), which send sets before it fails.
  for (const name of FILE_HEADERS) if (!(status === 416 && name === 'content-range')) res.removeHeader(name);
  res.status(status).json(errorBody(answer));
};

/** The last handler: a JSON 404 for any path no route took. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody({ code: 'NOT_FOUND', message: `no such resource: ${req.method} ${req.path}` }));
};

/**
 * For a path a route serves with other methods: 405 METHOD_NOT_ALLOWED with the `Allow` header.
 * (Express answers OPTIONS itself, with the same methods.)
 */
export function methodNotAllowed(allow: readonly string[]): RequestHandler {
  const methods = allow.flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()]));
  const header = [...new Set(methods)].join(', ');
  return (req, res) => {
    res.setHeader('Allow', header);
    res
      .status(405)
      .json(errorBody({ code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not served here; use ${header}` }));
  };
}
