// GET /api/ask: questions answered from the text, with the clauses that say so.
import { Router } from 'express';
import { z } from 'zod';
import { ask } from '../qa/answer.ts';
import type { IndexStore } from '../search/index-store.ts';
import { resolveRegions } from '../search/search-service.ts';
import { list, parseParams, queryText, single } from './params.ts';

const AskParams = z.object({ q: z.unknown(), province: single.optional() }).strict();

/** Routes of the answer API. */
export function askRoutes(index: () => IndexStore): Router {
  const router = Router();
  router.get('/api/ask', (req, res) => {
    const started = performance.now();
    const q = queryText(req.query.q);
    const params = parseParams(AskParams, req.query);
    const store = index();
    const regions = resolveRegions(store, list(params.province));
    const key = JSON.stringify(['ask', q, regions.map((r) => r.zh)]);
    const json = store.answerCache.getOrSet(key, () => JSON.stringify(ask(store, q, regions))) as string;
    res
      .type('application/json')
      .send(`{"tookMs":${Math.round((performance.now() - started) * 100) / 100},${json.slice(1)}`);
  });
  return router;
}
