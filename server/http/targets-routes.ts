// GET /api/targets: the table of facts (figures the documents state), filterable, as JSON or CSV.
import { Router } from 'express';
import { normalize } from '../../indexer/analysis/index.ts';
import type { Fact } from '../../indexer/store/index.ts';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import { TARGET_CSV_COLUMNS, type Target, type TargetParams, type TargetsResponse } from '../contract/targets.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions } from '../search/regions.ts';
import { parseParams } from './params.ts';

function csvField(value: unknown): string {
  const s = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  // A leading = + - @ would be a formula in a spreadsheet; a comma, quote or line break needs quotes.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function selectFacts(store: IndexStore, p: TargetParams): Fact[] {
  const regions = store.regions.resolveAll(listItems(p.province));
  const metric = p.metric ? normalize(p.metric).text : '';
  const kind = p.kind ?? 'target';
  return store.facts.filter(
    (f) =>
      inRegions(f, regions) &&
      (!metric || f.head === p.metric || normalize(f.metric).text.includes(metric)) &&
      (kind === 'all' || f.kind === kind) &&
      (!p.year || f.year === p.year),
  );
}

/** Routes of the facts table. */
export function targetRoutes(index: () => IndexStore): Router {
  const router = Router();
  const route = ROUTES.targets;
  router.get(route.path, (req, res) => {
    const store = index();
    const p = parseParams(route.params, req.query);
    // Each figure with its clause's label, so that a reader can tell rows of one clause from another's.
    const rows = selectFacts(store, p).map((f): Target => {
      const k = store.indexOf(f.clauseId);
      const label = k === undefined ? undefined : store.labelOf(k);
      return label ? { ...f, clauseLabel: label } : f;
    });
    if (p.format === 'csv') {
      const lines = rows.map((r) => TARGET_CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
      res.type('text/csv; charset=utf-8').attachment('targets.csv');
      res.send(`\ufeff${TARGET_CSV_COLUMNS.join(',')}\n${lines.join('\n')}\n`);
      return;
    }
    const heads = [...new Set(store.facts.map((f) => f.head))];
    const body: TargetsResponse = { total: rows.length, categories: heads, targets: rows };
    res.json(body);
  });
  return router;
}
