// The one error handler: every failure becomes { error: { code, message } }; no stack reaches a client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ApiError, errorBody } from '../errors.ts';

/** Turns anything thrown into an ApiError: known body-parser and URL errors keep their meaning. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { status?: number; statusCode?: number; type?: string } | undefined;
  if (e?.type === 'entity.too.large') return new ApiError('PAYLOAD_TOO_LARGE', 'the request body is too large');
  const status = e?.status ?? e?.statusCode;
  if (err instanceof URIError || status === 400)
    return new ApiError('BAD_REQUEST', 'the request could not be read (a malformed URL or body)');
  return new ApiError('INTERNAL', 'an internal error occurred; it has been logged');
}

/** The error middleware: logs server faults with the request id, answers with the JSON error body. */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const apiError = toApiError(err);
  if (apiError.status >= 500) req.log?.error({ err }, 'request failed');
  res.status(apiError.status).json(errorBody(apiError));
};

/** The last handler: a JSON 404 for any path no route took. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(new ApiError('NOT_FOUND', `no such resource: ${req.method} ${req.path}`)));
};
