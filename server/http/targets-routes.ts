// GET /api/targets: the table of quantitative targets, filterable, as JSON or CSV.
import { Router } from 'express';
import { normalize } from '../../indexer/analysis/index.ts';
import type { Target } from '../../indexer/store/index.ts';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import { TARGET_CSV_COLUMNS, type TargetParams, type TargetsResponse } from '../contract/targets.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions } from '../search/regions.ts';
import { parseParams } from './params.ts';

function csvField(value: unknown): string {
  const s = value === undefined ? '' : String(value);
  // A leading = + - @ would be a formula in a spreadsheet; a comma, quote or line break needs quotes.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function selectTargets(store: IndexStore, p: TargetParams): Target[] {
  const regions = store.regions.resolveAll(listItems(p.province));
  const metric = p.metric ? normalize(p.metric).text : '';
  const kind = p.kind ?? 'target';
  return store.targets.filter(
    (t) =>
      inRegions(t, regions) &&
      (!metric || t.category === p.metric || normalize(t.metric).text.includes(metric)) &&
      (kind === 'all' || t.kind === kind) &&
      (!p.year || t.year === p.year),
  );
}

/** Routes of the targets table. */
export function targetRoutes(index: () => IndexStore): Router {
  const router = Router();
  const route = ROUTES.targets;
  router.get(route.path, (req, res) => {
    const store = index();
    const p = parseParams(route.params, req.query);
    const rows = selectTargets(store, p);
    if (p.format === 'csv') {
      const lines = rows.map((r) => TARGET_CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
      res.type('text/csv; charset=utf-8').attachment('targets.csv');
      res.send(`\ufeff${TARGET_CSV_COLUMNS.join(',')}\n${lines.join('\n')}\n`);
      return;
    }
    const body: TargetsResponse = {
      total: rows.length,
      categories: [...new Set(store.targets.map((t) => t.category))],
      targets: rows,
    };
    res.json(body);
  });
  return router;
}
