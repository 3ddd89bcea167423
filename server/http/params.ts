// Request query strings -> typed values (zod), with the API's error codes.
import { z } from 'zod';
import { ApiError } from '../errors.ts';

/** Longest query accepted, in characters. */
export const MAX_QUERY_CHARS = 200;

/** A single string parameter: repeated parameters (`?q=a&q=b`) are refused, not guessed at. */
export const single = z.string({ error: 'must be given once, as text' });

/** An integer parameter within bounds, with a default. */
export function integer(min: number, max: number, fallback: number) {
  return z
    .string({ error: 'must be given once' })
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);
}

/**
 * Validates `query` against `schema`.
 * @throws ApiError INVALID_PARAMETER naming each bad parameter and why.
 */
export function parseParams<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message }));
  throw new ApiError('INVALID_PARAMETER', issues.map((i) => `${i.parameter}: ${i.message}`).join('; '), { issues });
}

/**
 * The query text `q`: present, not blank, at most {@link MAX_QUERY_CHARS} characters.
 * @throws ApiError EMPTY_QUERY, QUERY_TOO_LONG or INVALID_PARAMETER (given twice).
 */
export function queryText(value: unknown): string {
  if (value === undefined) throw new ApiError('EMPTY_QUERY', 'the query q is missing');
  if (typeof value !== 'string') throw new ApiError('INVALID_PARAMETER', 'q: must be given once, as text');
  if (value.trim().length === 0) throw new ApiError('EMPTY_QUERY', 'the query q is blank');
  const length = [...value].length;
  if (length > MAX_QUERY_CHARS)
    throw new ApiError('QUERY_TOO_LONG', `the query is ${length} characters; at most ${MAX_QUERY_CHARS} are accepted`, {
      length,
      max: MAX_QUERY_CHARS,
    });
  return value;
}

/** A comma-separated list parameter (`province=浙江,江苏`) as its items. */
export function list(value: string | undefined): string[] {
  return value
    ? value
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
