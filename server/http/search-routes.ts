// GET /api/search: ranked clause search with facets and highlights.
import { Router } from 'express';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import type { IndexStore } from '../search/index-store.ts';
import { parseQuery } from '../search/expand.ts';
import { checkQueryText } from '../search/query-parser.ts';
import { searchClauses } from '../search/search-service.ts';
import { suggestQueries } from '../search/suggest.ts';
import { sendCachedJson } from './cached-json.ts';
import { parseParams } from './params.ts';

/** Routes of the search API; `index` gives the index in service at the time of each request. */
export function searchRoutes(index: () => IndexStore): Router {
  const router = Router();
  const route = ROUTES.search;
  router.get(route.path, (req, res) => {
    const started = performance.now();
    const p = parseParams(route.params, req.query);
    const q = checkQueryText(p.q);
    const store = index();
    const key = JSON.stringify(['search', q, p.lang ?? 'auto', p.province ?? '', p.doc ?? '', p.limit, p.offset]);
    const options = { province: listItems(p.province), doc: listItems(p.doc), limit: p.limit, offset: p.offset };
    const search = (text: string, limit = p.limit) =>
      searchClauses(store, parseQuery(text, { lang: p.lang ?? 'auto', context: store.queryContext() }), {
        ...options,
        limit,
      });
    // A correction counts when it finds clauses with every word, under the same filters.
    const hasHits = (text: string) => search(text, 1).query.complete > 0;
    sendCachedJson(res, store, key, started, () => {
      const result = search(q);
      const suggestions = p.offset === 0 ? suggestQueries(store, result, hasHits) : [];
      return suggestions.length > 0 ? { ...result, suggestions } : result;
    });
  });
  return router;
}
