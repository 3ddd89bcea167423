// Request query strings -> typed values, through the contract's schemas, with the API's error codes.
import type { z } from 'zod';
import { HttpError } from './http-error.ts';

/**
 * Validates a request's query parameters against a route's schema.
 * @throws HttpError EMPTY_QUERY when a required `q` is missing; INVALID_PARAMETER naming each
 *   bad parameter and why (a value out of range, given twice, a parameter the route does not take).
 */
export function parseParams<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ parameter: key, message: 'unknown parameter' }))
      : [{ parameter: i.path.join('.'), message: i.message }],
  );
  const givenQ = typeof query === 'object' && query !== null && Object.hasOwn(query, 'q');
  if (issues.some((i) => i.parameter === 'q') && !givenQ) {
    throw new HttpError('EMPTY_QUERY', 'the query q is missing');
  }
  const message = issues.map((i) => `${i.parameter}: ${i.message}`).join('; ');
  throw new HttpError('INVALID_PARAMETER', message, { issues });
}
