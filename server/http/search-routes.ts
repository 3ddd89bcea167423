// GET /api/search: ranked clause search with facets and highlights.
import { Router } from 'express';
import { z } from 'zod';
import type { IndexStore } from '../search/index-store.ts';
import { parseQuery } from '../search/query-parser.ts';
import { searchClauses } from '../search/search-service.ts';
import type { SearchResponse } from './api-types.ts';
import { integer, list, parseParams, queryText, single } from './params.ts';

const SearchParams = z
  .object({
    q: z.unknown(),
    province: single.optional(),
    doc: single.optional(),
    limit: integer(1, 50, 10),
    offset: integer(0, 10_000, 0),
    lang: z.enum(['auto', 'zh', 'en']).optional(),
  })
  .strict();

/** Routes of the search API; `index` gives the index in service at the time of each request. */
export function searchRoutes(index: () => IndexStore): Router {
  const router = Router();
  router.get('/api/search', (req, res) => {
    const started = performance.now();
    const q = queryText(req.query.q);
    const params = parseParams(SearchParams, req.query);
    const store = index();
    // Recent queries are answered from the cache, already serialised: the same parameters give the
    // same result until the index is swapped (the cache belongs to the index).
    const key = JSON.stringify([
      'search',
      q,
      params.lang ?? 'auto',
      params.province ?? '',
      params.doc ?? '',
      params.limit,
      params.offset,
    ]);
    const json = store.answerCache.getOrSet(key, () => {
      const result = searchClauses(
        store,
        parseQuery(q, { lang: params.lang ?? 'auto', translator: store.translator }),
        { province: list(params.province), doc: list(params.doc), limit: params.limit, offset: params.offset },
      );
      const body: Omit<SearchResponse, 'tookMs'> = { ...result, query: { q, ...result.query } };
      return JSON.stringify(body);
    }) as string;
    res
      .type('application/json')
      .send(`{"tookMs":${Math.round((performance.now() - started) * 100) / 100},${json.slice(1)}`);
  });
  return router;
}
