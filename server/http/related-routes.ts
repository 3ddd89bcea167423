// GET /api/clauses/:id/related: the clauses of other documents most like one clause.
import { Router } from 'express';
import { listItems } from '../contract/params.ts';
import type { RelatedHit, RelatedResponse } from '../contract/related.ts';
import { ROUTES } from '../contract/routes.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions } from '../search/regions.ts';
import { relatedClauses } from '../search/related.ts';
import { clauseHit } from '../search/search-service.ts';
import { sendCachedJson } from './cached-json.ts';
import { clauseAt } from './document-routes.ts';
import { parseParams } from './params.ts';

/** The related-clauses route; registered before the clause route, whose `*id` would take `/related`. */
export function relatedRoutes(index: () => IndexStore): Router {
  const router = Router();
  const route = ROUTES.related;
  router.get(route.path, (req, res) => {
    const started = performance.now();
    const p = parseParams(route.params, req.query);
    const store = index();
    const raw = (req.params as { id: string | string[] }).id;
    const { k, clause } = clauseAt(store, Array.isArray(raw) ? raw.join('/') : raw);
    const regions = store.regions.resolveAll(listItems(p.province));
    const key = JSON.stringify(['related', clause.id, p.limit, p.perDoc, regions.map((r) => r.zh)]);
    sendCachedJson(res, store, key, started, (): Omit<RelatedResponse, 'tookMs'> => {
      const { query, related, more } = relatedClauses(store, k, {
        limit: p.limit,
        perDocument: p.perDoc,
        ...(regions.length > 0 ? { keep: (c) => inRegions(c, regions) } : {}),
      });
      const shared = [...new Set(related.flatMap((r) => r.shared))];
      const hits: RelatedHit[] = related.map((r) => ({
        ...clauseHit(store, r, r.shared),
        similarity: r.similarity,
        shared: r.shared,
      }));
      return {
        source: clauseHit(store, { index: k, score: 1 }, shared),
        terms: query.map((t) => ({ term: t.term, weight: Math.round(t.weight * 1000) / 1000 })),
        related: hits,
        more,
      };
    });
  });
  return router;
}
