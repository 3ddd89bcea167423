// GET /api/ask: questions answered from the text, with the clauses that say so.
import { Router } from 'express';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import { ask } from '../qa/answer.ts';
import type { IndexStore } from '../search/index-store.ts';
import { checkQueryText } from '../search/query-parser.ts';
import { sendCachedJson } from './cached-json.ts';
import { parseParams } from './params.ts';

/** Routes of the answer API. */
export function askRoutes(index: () => IndexStore): Router {
  const router = Router();
  const route = ROUTES.ask;
  router.get(route.path, (req, res) => {
    const started = performance.now();
    const p = parseParams(route.params, req.query);
    const q = checkQueryText(p.q);
    const store = index();
    const regions = store.regions.resolveAll(listItems(p.province));
    const key = JSON.stringify(['ask', q, regions.map((r) => r.zh)]);
    sendCachedJson(res, store, key, started, () => ask(store, q, regions));
  });
  return router;
}
