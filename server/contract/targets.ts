// GET /api/targets: parameters and response (JSON, or the same rows as CSV).
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { commaList, integer, single } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

/** Parameters of `GET /api/targets`. */
export const TargetParams = z.strictObject({
  province: commaList('Province or city filter: 浙江, 浙江省 or Zhejiang; several separated by commas'),
  metric: single
    .max(LIMITS.metricChars)
    .optional()
    .meta({ description: 'A category (营业收入, 企业数…) or words of the metric as written' }),
  kind: z.enum(['target', 'actual', 'all']).optional().meta({ description: 'target (default), actual or all' }),
  year: integer(1949, 2100, 0, 'Only figures for this year (0: all)'),
  format: z.enum(['json', 'csv']).optional(),
});
export type TargetParams = z.infer<typeof TargetParams>;

/** One figure a document states. */
export const Target = z
  .strictObject({
    province: z.string(),
    city: z.string().optional(),
    metric: z.string().meta({ description: 'What is measured, as the text names it' }),
    category: z.string().meta({ description: 'The kind of metric: 营业收入, 总产值, 企业数…, or 其他' }),
    text: z.string().meta({ description: 'As written: 1500亿元, 2户以上' }),
    value: z.number(),
    unit: z.string(),
    year: z.number().int().optional(),
    kind: z.enum(['target', 'actual']),
    docId: z.string(),
    clauseId: z.string(),
  })
  .register(API_SCHEMAS, { id: 'Target' });
export type Target = z.infer<typeof Target>;

/** Response of `GET /api/targets` (JSON). */
export const TargetsResponse = z
  .strictObject({
    total: z.number().int(),
    categories: z.array(z.string()).readonly(),
    targets: z.array(Target).readonly(),
  })
  .register(API_SCHEMAS, { id: 'TargetsResponse' });
export type TargetsResponse = z.infer<typeof TargetsResponse>;

/** The CSV columns, in order (the same fields as the JSON rows). */
export const TARGET_CSV_COLUMNS = Object.keys(Target.shape) as ReadonlyArray<keyof Target>;
