// The security headers every answer carries, from the app and from the HTTP server's own refusals.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const CSP = {
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
};

// helmet's own middleware, run once below to learn its headers (none of them depends on the request).
const helmetMiddleware: RequestHandler = helmet({ contentSecurityPolicy: { directives: CSP } });

/**
 * helmet's headers with our Content-Security-Policy (no `unsafe-inline`), as name and value in the
 * order helmet sets them. Taken once from helmet itself, so they follow its defaults; helmet's chain
 * of a dozen middlewares per request cost more than setting the list.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = (() => {
  const headers: Array<[string, string]> = [];
  const res = {
    setHeader: (name: string, value: string | number) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  helmetMiddleware({ headers: {} } as never, res as never, () => undefined);
  return headers;
})();

/** Sets {@link SECURITY_HEADERS} on every answer, as a middleware. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  next();
};

/**
 * The same headers as lines of a raw HTTP answer (`Name: value\r\n` each), for the answers Node's
 * HTTP server writes itself (431, 400) before any middleware runs.
 */
export const SECURITY_HEADER_LINES: string = SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}\r\n`).join('');
