// GET /api/targets: the table of quantitative targets, filterable, as JSON or CSV.
import { Router } from 'express';
import { z } from 'zod';
import { normalize } from '../../indexer/analysis/analyzer.ts';
import type { IndexStore } from '../search/index-store.ts';
import { resolveRegions } from '../search/search-service.ts';
import { integer, list, parseParams, single } from './params.ts';

const TargetParams = z
  .object({
    province: single.optional(),
    metric: single.max(50).optional(),
    kind: z.enum(['target', 'actual', 'all']).optional(),
    year: integer(1949, 2100, 0),
    format: z.enum(['json', 'csv']).optional(),
  })
  .strict();

const CSV_COLUMNS = [
  'province',
  'city',
  'metric',
  'category',
  'text',
  'value',
  'unit',
  'year',
  'kind',
  'docId',
  'clauseId',
] as const;

function csvField(value: unknown): string {
  const s = value === undefined ? '' : String(value);
  // Quote every field with a comma, quote or line break; a leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Routes of the targets table. */
export function targetRoutes(index: () => IndexStore): Router {
  const router = Router();
  router.get('/api/targets', (req, res) => {
    const store = index();
    const p = parseParams(TargetParams, req.query);
    const regions = resolveRegions(store, list(p.province));
    const metric = p.metric ? normalize(p.metric).text : '';
    const kind = p.kind ?? 'target';
    const rows = store.targets.filter(
      (t) =>
        (regions.length === 0 || regions.some((r) => (r.kind === 'city' ? t.city === r.zh : t.province === r.zh))) &&
        (!metric || t.category === p.metric || normalize(t.metric).text.includes(metric)) &&
        (kind === 'all' || t.kind === kind) &&
        (!p.year || t.year === p.year),
    );
    if (p.format === 'csv') {
      res.type('text/csv; charset=utf-8').attachment('targets.csv');
      res.send(
        `\ufeff${CSV_COLUMNS.join(',')}\n${rows.map((r) => CSV_COLUMNS.map((c) => csvField((r as unknown as Record<string, unknown>)[c])).join(',')).join('\n')}\n`,
      );
      return;
    }
    res.json({ total: rows.length, categories: [...new Set(store.targets.map((t) => t.category))], targets: rows });
  });
  return router;
}
