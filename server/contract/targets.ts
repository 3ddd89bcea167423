// GET /api/targets: parameters and response (JSON, or the same rows as CSV): the facts table.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { commaList, integer, single } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

/** The kinds of figure the table holds. */
export const FactKind = z.enum(['target', 'actual', 'support', 'threshold', 'growth']);

/** Parameters of `GET /api/targets`. */
export const TargetParams = z.strictObject({
  province: commaList('Province or city filter: 浙江, 浙江省 or Zhejiang; several separated by commas'),
  metric: single
    .max(LIMITS.metricChars)
    .optional()
    .meta({ description: 'A metric head (营业收入, 企业数…) or words of the metric as written' }),
  kind: z
    .enum(['target', 'actual', 'support', 'threshold', 'growth', 'all'])
    .optional()
    .meta({ description: 'target (default), actual, growth, threshold, support or all' }),
  year: integer(1949, 2100, 0, 'Only figures for this year (0: all)'),
  format: z.enum(['json', 'csv']).optional(),
});
export type TargetParams = z.infer<typeof TargetParams>;

/** One quantitative statement of a document. */
export const Target = z
  .strictObject({
    province: z.string(),
    city: z.string().optional(),
    metric: z.string().meta({ description: 'What is measured, as the text names it' }),
    head: z.string().meta({ description: 'The kind of metric (indexer/data/metrics.tsv): 营业收入, 企业数…, or 其他' }),
    text: z.string().meta({ description: 'As written: 1500亿元, 2户以上' }),
    value: z.number(),
    upper: z.number().optional().meta({ description: 'The top of a range (3 in 2-3家)' }),
    unit: z.string(),
    scaled: z.number().meta({ description: 'The value in base units (yuan, ones)' }),
    qualifiers: z.array(z.string()).readonly().meta({ description: '以上, 超, 左右, 力争, 累计…' }),
    year: z.number().int().optional(),
    period: z.strictObject({ from: z.number().int(), to: z.number().int(), label: z.string().optional() }).optional(),
    kind: FactKind,
    goal: z.boolean().optional().meta({ description: 'For a growth rate: a goal (true) or reached (false)' }),
    threshold: z.string().optional().meta({ description: 'The bar defining what is counted: 年营业收入超5亿元' }),
    thresholdScaled: z.number().optional(),
    defines: z.string().optional().meta({ description: 'For a bar: what it defines (工业企业)' }),
    docId: z.string(),
    clauseId: z.string(),
    clauseLabel: z
      .string()
      .optional()
      .meta({ description: "The clause's numbering label, as a citation names it: 三、（二）7., 二、（三）表2" }),
    start: z.number().int().meta({ description: "The figure's offsets in its clause's text" }),
    end: z.number().int(),
  })
  .register(API_SCHEMAS, { id: 'Fact' });
export type Target = z.infer<typeof Target>;

/** Response of `GET /api/targets` (JSON). */
export const TargetsResponse = z
  .strictObject({
    total: z.number().int(),
    categories: z.array(z.string()).readonly().meta({ description: 'The metric heads the table holds' }),
    targets: z.array(Target).readonly(),
  })
  .register(API_SCHEMAS, { id: 'TargetsResponse' });
export type TargetsResponse = z.infer<typeof TargetsResponse>;

/** The CSV columns, in order (the same fields as the JSON rows). */
export const TARGET_CSV_COLUMNS = Object.keys(Target.shape) as ReadonlyArray<keyof Target>;
