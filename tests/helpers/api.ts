// The API through supertest, every response checked against the contract's schema for its route.
import type { Server } from 'node:http';
import type { Express } from 'express';
import { match } from 'path-to-regexp';
import request from 'supertest';
import { ErrorBody } from '../../server/contract/errors.ts';
import { ROUTES, type RouteSpec } from '../../server/contract/routes.ts';

/** The route of the contract a request path falls under, if any. */
export function routeOf(path: string): RouteSpec | undefined {
  const pathname = new URL(path, 'http://localhost').pathname;
  return (Object.values(ROUTES) as RouteSpec[]).find((r) => match(r.path, { decode: false })(pathname) !== false);
}

/**
 * Checks a response against the contract: an error is an ErrorBody; a 200 of a route has the
 * route's schema for its content type, exactly (strict schemas: a field added or dropped fails).
 * @throws Error naming the path and what does not fit.
 */
export function checkContract(path: string, res: request.Response): void {
  const type = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
  if (res.status >= 400) {
    if (type !== 'application/json') throw new Error(`${path}: error ${res.status} answered as ${type || 'no body'}`);
    const parsed = ErrorBody.safeParse(res.body);
    if (!parsed.success) throw new Error(`${path}: error body off contract: ${parsed.error.message}`);
    return;
  }
  const route = routeOf(path);
  if (res.status !== 200 || !route) return;
  const schema = route.responses[type];
  if (!schema) throw new Error(`${path}: ${type} is not a content type of ${route.path}`);
  if (type !== 'application/json') return;
  const parsed = schema.safeParse(res.body);
  if (!parsed.success) throw new Error(`${path}: response off contract: ${parsed.error.message}`);
}

/** A client whose every response was checked against the contract before a test sees it. */
export interface CheckedClient {
  readonly get: (path: string, headers?: Record<string, string>) => Promise<request.Response>;
}

/**
 * GET requests to `app` whose responses are checked against the contract. A Server (the one
 * main.ts listens with) takes one request at a time: supertest listens and closes per request.
 */
export function api(app: Express | Server): CheckedClient {
  return {
    get: async (path, headers = {}) => {
      const res = await request(app).get(path).set(headers);
      checkContract(path, res);
      return res;
    },
  };
}
