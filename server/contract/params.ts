// Building blocks of query-string parameters: single strings, bounded integers, comma lists.
import { z } from 'zod';

/** A single string parameter: repeated parameters (`?q=a&q=b`) are refused, not guessed at. */
export const single = z.string({ error: 'must be given once, as text' });

/** An integer parameter within bounds, with a default; written as digits in the query string. */
export function integer(min: number, max: number, fallback: number, description: string) {
  return z
    .string({ error: 'must be given once' })
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback)
    .meta({ description, type: 'integer', minimum: min, maximum: max, default: fallback, pattern: undefined });
}

/** A list parameter: one value or several separated by commas (`province=浙江,Jiangsu`). */
export const commaList = (description: string) => single.optional().meta({ description });

/** The items of a comma-separated list parameter (`浙江,江苏` or `浙江，江苏`). */
export function listItems(value: string | undefined): string[] {
  return value
    ? value
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
