// GET /api/health and /api/openapi.json: the index in service, and the API's description.
import { Router } from 'express';
import type { HealthResponse } from '../contract/health.ts';
import { openApiDocument } from '../contract/openapi.ts';
import { ROUTES } from '../contract/routes.ts';
import type { IndexStore } from '../search/index-store.ts';
import { parseParams } from './params.ts';

/**
 * Routes about the service itself.
 * @param problems what the operator should know of the index in service (a reload refused or
 *   failed, an index not written): sent as `problems` when there are any
 */
export function serviceRoutes(index: () => IndexStore, problems: () => readonly string[] = () => []): Router {
  const router = Router();
  router.get(ROUTES.health.path, (req, res) => {
    parseParams(ROUTES.health.params, req.query);
    const store = index();
    const body: HealthResponse = {
      status: 'ok',
      documents: store.documents.size,
      clauses: store.clauses.length,
      indexVersion: store.version,
      builtAt: store.builtAt,
    };
    const now = problems();
    if (now.length > 0) body.problems = [...now];
    res.json(body);
  });
  router.get(ROUTES.openapi.path, (req, res) => {
    parseParams(ROUTES.openapi.params, req.query);
    res.json(openApiDocument());
  });
  return router;
}
