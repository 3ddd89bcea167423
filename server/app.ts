// createApp(): the Express application, wired; it listens only when run by main.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { ApiError, errorBody } from './errors.ts';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { askRoutes } from './http/ask-routes.ts';
import { documentRoutes } from './http/document-routes.ts';
import { errorMiddleware, notFound } from './http/error-middleware.ts';
import { OPENAPI } from './http/openapi.ts';
import { searchRoutes } from './http/search-routes.ts';
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
}

const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));
// Paths the page handles itself: they all get its index.html.
const PAGE_ROUTES = ['/', '/doc/*rest', '/targets'];

/** Builds the app: security headers, request logs with ids, the API, the page, JSON errors. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );

  if (deps.trustProxy) app.set('trust proxy', deps.trustProxy);
  if (deps.rateLimitPerMinute) {
    app.use(
      '/api',
      rateLimit({
        windowMs: 60_000,
        limit: deps.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (_req, res, _next, options) => {
          res.setHeader('Retry-After', String(Math.ceil(options.windowMs / 1000)));
          res
            .status(429)
            .json(
              errorBody(
                new ApiError(
                  'RATE_LIMITED',
                  `more than ${options.limit} requests a minute from this address; try again later`,
                ),
              ),
            );
        },
      }),
    );
  }
  // Nothing here takes a request body: any body over 1 KiB is refused before it is read.
  app.use((req, _res, next) => {
    const length = Number(req.headers['content-length'] ?? 0);
    next(length > 1024 ? new ApiError('PAYLOAD_TOO_LARGE', 'request bodies are not accepted') : undefined);
  });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(OPENAPI);
  });
  app.use(searchRoutes(deps.index));
  app.use(askRoutes(deps.index));
  app.use(targetRoutes(deps.index));
  app.use(documentRoutes(deps.index));

  const webDir = deps.webDir ?? WEB_DIST;
  if (existsSync(webDir)) {
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    app.get(PAGE_ROUTES, (_req, res) => {
      res.sendFile('index.html', { root: webDir, maxAge: 0 });
    });
  }
  app.use(notFound);
  app.use(errorMiddleware);
  return app;
}
