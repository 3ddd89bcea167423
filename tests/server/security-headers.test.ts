import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADER_LINES, SECURITY_HEADERS } from '../../server/http/security-headers.ts';
import { testApp } from '../helpers/test-app.ts';

// The headers every answer carried while helmet ran as a middleware on each request: the fixed list
// set in one step must send exactly these, whatever answers.
const EXPECTED: Record<string, string> = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';" +
    "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';" +
    "connect-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const app = testApp();

describe('security headers', () => {
  it('are helmet’s headers with our policy, taken once', () => {
    expect(Object.fromEntries(SECURITY_HEADERS.map(([n, v]) => [n.toLowerCase(), v]))).toEqual(EXPECTED);
    expect(SECURITY_HEADER_LINES.split('\r\n').filter(Boolean)).toHaveLength(SECURITY_HEADERS.length);
  });

  it.each([
    ['a search', '/api/search?q=%E5%8C%BB%E8%8D%AF', 200],
    ['a question', `/api/ask?q=${encodeURIComponent('医药产业的目标是什么？')}`, 200],
    ['a static file', '/app.js', 200],
    ['the page', '/', 200],
    ['a 400', '/api/search', 400],
    ['a 404', '/api/nothing-here', 404],
  ])('are sent, all of them and no other, with %s', async (_what, path, status) => {
    for (const method of ['get', 'head'] as const) {
      const res = await request(app)[method](path);
      expect(res.status).toBe(status);
      const sent = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, res.headers[name]]));
      expect(sent).toEqual(EXPECTED);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });
});
