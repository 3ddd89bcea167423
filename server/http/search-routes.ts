// GET /api/search: ranked clause search with facets and highlights.
import { Router } from 'express';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import type { IndexStore } from '../search/index-store.ts';
import { checkQueryText, parseQuery } from '../search/query-parser.ts';
import { searchClauses } from '../search/search-service.ts';
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
    sendCachedJson(res, store, key, started, () =>
      searchClauses(store, parseQuery(q, { lang: p.lang ?? 'auto', translator: store.translator }), {
        province: listItems(p.province),
        doc: listItems(p.doc),
        limit: p.limit,
        offset: p.offset,
      }),
    );
  });
  return router;
}
