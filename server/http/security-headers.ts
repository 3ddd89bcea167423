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

/** helmet's headers with our Content-Security-Policy (no `unsafe-inline`), as a middleware. */
export const securityHeaders: RequestHandler = helmet({ contentSecurityPolicy: { directives: CSP } });

/**
 * The same headers as lines of a raw HTTP answer (`Name: value\r\n` each), for the answers Node's
 * HTTP server writes itself (431, 400) before any middleware runs. Taken once from the middleware,
 * so the two cannot differ.
 */
export const SECURITY_HEADER_LINES: string = (() => {
  const lines: string[] = [];
  const res = {
    setHeader: (name: string, value: string | number) => void lines.push(`${name}: ${String(value)}\r\n`),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  securityHeaders({ headers: {} } as never, res as never, () => undefined);
  return lines.join('');
})();
