// createApp(): the Express application, wired; it listens only when run by main.ts.
import { existsSync } from 'node:fs';
import express, { Router, type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { projectPath } from '../indexer/paths.ts';
import { ROUTES, type RouteSpec } from './contract/routes.ts';
import { accessLog } from './http/access-log.ts';
import { askRoutes } from './http/ask-routes.ts';
import { documentRoutes } from './http/document-routes.ts';
import { errorBody, errorMiddleware, methodNotAllowed, notFound } from './http/error-middleware.ts';
import { heavyGate, type HeavyGateOptions } from './http/heavy-gate.ts';
import { securityHeaders } from './http/security-headers.ts';
import { HttpError } from './http/http-error.ts';
import { requireDecodableQuery } from './http/query-encoding.ts';
import { relatedRoutes } from './http/related-routes.ts';
import { searchRoutes } from './http/search-routes.ts';
import { serviceRoutes } from './http/service-routes.ts';
import { targetRoutes } from './http/targets-routes.ts';
import type { IndexStore } from './search/index-store.ts';

/** What the app needs: the index in service (it may be swapped) and a logger. */
export interface AppDeps {
  readonly index: () => IndexStore;
  readonly logger: Logger;
  /** Folder of the built page; defaults to web/dist. */
  readonly webDir?: string;
  /** Requests per minute per client address; 0 or absent: no limit. */
  readonly rateLimitPerMinute?: number;
  /** Proxies in front whose X-Forwarded-For is trusted. */
  readonly trustProxy?: number;
  /** The queue of CPU-heavy requests (ask, targets, related); {@link DEFAULT_HEAVY} when absent. */
  readonly heavy?: HeavyGateOptions;
  /** What /api/health reports the operator should know (a refused reload…); none when absent. */
  readonly problems?: () => readonly string[];
  /** Serve the page's `*.map` files (off: a production server does not publish its sources). */
  readonly sourceMaps?: boolean;
}

/** The queue of CPU-heavy requests when the caller gives none (HEAVY_QUEUE, HEAVY_WAIT_MS). */
export const DEFAULT_HEAVY: HeavyGateOptions = { queue: 16, waitMs: 5000 };

const WEB_DIST = projectPath('web', 'dist');
const MAX_BODY_BYTES = 1024;

// No endpoint takes a body: one over 1 KiB, or of unknown length (chunked), is refused unread.
const refuseBodies: RequestHandler = (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES || req.headers['transfer-encoding'] !== undefined) {
    res.setHeader('Connection', 'close');
    next(new HttpError('PAYLOAD_TOO_LARGE', 'request bodies are not accepted'));
    return;
  }
  next();
};

function limitRate(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Health checks come from the platform, not from a client to be held back.
    skip: (req) => `${req.baseUrl}${req.path}` === ROUTES.health.path,
    handler: (_req, res, _next, options) => {
      res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
      const message = `more than ${options.limit} requests a minute from this address; try again later`;
      res.status(429).json(errorBody({ code: 'RATE_LIMITED', message }));
    },
  });
}

// OPTIONS is answered for every path the app serves: 204 with the methods in Allow, as a 405 names
// them (Express's own answer is 200 text/plain with a body).
function answerOptions(allow: readonly string[]): RequestHandler {
  const header = [
    ...new Set([...allow.flatMap((m) => (m === 'get' ? ['GET', 'HEAD'] : [m.toUpperCase()])), 'OPTIONS']),
  ].join(', ');
  return (_req, res) => {
    res.setHeader('Allow', header);
    res.status(204).end();
  };
}

/** Builds the app: security headers, the access log, the API, the page, JSON errors. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (deps.trustProxy) app.set('trust proxy', deps.trustProxy);
  app.use(securityHeaders);
  app.use(accessLog(deps.logger));
  if (deps.rateLimitPerMinute) app.use('/api', limitRate(deps.rateLimitPerMinute));
  app.use(refuseBodies);
  app.use('/api', requireDecodableQuery);
  const webDir = deps.webDir ?? WEB_DIST;
  const withPage = existsSync(webDir);
  // OPTIONS has a router of its own, entered only by an OPTIONS request: the other methods do not
  // try each route's path on the way to theirs.
  const optionsRouter = Router();
  for (const route of Object.values(ROUTES))
    if (route.tag !== 'page' || withPage) optionsRouter.options(route.path, answerOptions([route.method]));
  app.use((req, res, next) => (req.method === 'OPTIONS' ? optionsRouter(req, res, next) : next()));

  const gate = heavyGate(deps.heavy ?? DEFAULT_HEAVY);
  // Mounted, not routed: the contract counts routes, and a 405 for another method needs no turn.
  app.use([ROUTES.ask.path, ROUTES.targets.path, ROUTES.related.path], (req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' ? gate(req, res, next) : next(),
  );
  app.use(searchRoutes(deps.index), askRoutes(deps.index), targetRoutes(deps.index));
  app.use(relatedRoutes(deps.index), documentRoutes(deps.index), serviceRoutes(deps.index, deps.problems));
  const served: RouteSpec[] = Object.values(ROUTES).filter((r) => r.tag !== 'page');

  if (withPage) {
    // Source maps publish the page's sources; they are served only when asked for (SOURCE_MAPS).
    const files = express.static(webDir, { index: false, maxAge: '1h' });
    app.use((req, res, next) => (!deps.sourceMaps && req.path.endsWith('.map') ? next() : files(req, res, next)));
    const page = Object.values(ROUTES).filter((r) => r.tag === 'page');
    for (const route of page)
      app.get(route.path, (_req, res) => res.sendFile('index.html', { root: webDir, maxAge: 0 }));
    served.push(...page);
  }
  for (const route of served) app.all(route.path, methodNotAllowed([route.method]));
  // A browser asking for a page that does not exist gets the page, which says so, with status 404;
  // programs (and the API, and missing files asked for without text/html) get the JSON error.
  if (withPage) {
    app.use((req, res, next) => {
      const browser = req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html');
      if (!browser || req.path.startsWith('/api/')) return next();
      res.status(404).sendFile('index.html', { root: webDir, maxAge: 0 });
    });
  }
  app.use(notFound);
  app.use(errorMiddleware);
  return app;
}
