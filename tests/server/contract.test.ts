import pino from 'pino';
import request from 'supertest';
import { Validator } from '@seriousme/openapi-schema-validator';
import express, { type Express } from 'express';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorMiddleware } from '../../server/http/error-middleware.ts';
import { heavyGate } from '../../server/http/heavy-gate.ts';
import { createHttpServer } from '../../server/http/http-server.ts';
import { ERROR_CODES, type ErrorCode } from '../../server/contract/errors.ts';
import { openApiDocument } from '../../server/contract/openapi.ts';
import { ROUTES, openApiPath } from '../../server/contract/routes.ts';
import { api } from '../helpers/api.ts';
import { testApp } from '../helpers/test-app.ts';

const app = testApp();

interface Layer {
  route?: { path: string; stack: Array<{ method?: string }> };
  handle?: { stack?: Layer[] };
}

// The GET routes Express actually has, walking mounted routers too.
function registeredGetRoutes(express: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      // A GET route, not the catch-all that answers other methods with 405.
      if (layer.route?.stack.every((l) => l.method === 'get')) out.push(layer.route.path);
      else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((express as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}

describe('the API contract', () => {
  it('documents every route the router serves, and serves every route it documents', async () => {
    const served = registeredGetRoutes(app).map(openApiPath).sort();
    const documented = Object.keys((await request(app).get('/api/openapi.json')).body.paths).sort();
    expect(served).toEqual(documented);
    expect(served).toEqual(expect.arrayContaining(['/api/search', '/api/ask', '/api/targets', '/api/gloss']));
  });

  it('serves a valid OpenAPI 3.1 document, the one generated from the schemas', async () => {
    const body = (await request(app).get('/api/openapi.json')).body;
    expect(body).toEqual(openApiDocument());
    const result = await new Validator().validate(structuredClone(body));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives every documented 200 response a schema, by reference to a component', () => {
    const doc = openApiDocument() as { paths: Record<string, { get: { responses: Record<string, any> } }> };
    for (const [path, item] of Object.entries(doc.paths)) {
      const content = item.get.responses[200].content as Record<string, { schema: object }>;
      for (const [type, { schema }] of Object.entries(content)) {
        if (type === 'application/json') expect(schema, path).toHaveProperty('$ref');
      }
    }
  });

  it('lists each route once, with a method and parameters the router validates', () => {
    const paths = Object.values(ROUTES).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('the error catalogue', () => {
  const broken = createApp({
    index: () => {
      throw new Error('the index is gone');
    },
    logger: pino({ level: 'silent' }),
  });
  const limited = testApp({ rateLimitPerMinute: 1 });
  // The queue of heavy requests around a handler that holds its turn for 300 ms; none may wait.
  const gated = express()
    .get('/slow', heavyGate({ queue: 0, waitMs: 1000 }), (_req, res) => void setTimeout(() => res.json({}), 300))
    .use(errorMiddleware);
  // One request that produces each code: a code nothing produces would have no row here.
  const producers: Record<ErrorCode, () => Promise<request.Response>> = {
    EMPTY_QUERY: () => request(app).get('/api/search?q=%20'),
    QUERY_TOO_LONG: () => request(app).get(`/api/ask?q=${encodeURIComponent('问'.repeat(201))}`),
    INVALID_PARAMETER: () => request(app).get('/api/search?q=a&limit=0'),
    UNKNOWN_PROVINCE: () => request(app).get('/api/targets?province=Atlantis'),
    UNKNOWN_DOCUMENT: () => request(app).get('/api/search?q=a&doc=nope'),
    BAD_REQUEST: () => request(app).get('/api/clauses/%E0%A4%A'),
    NOT_FOUND: () => request(app).get('/api/documents/nope'),
    METHOD_NOT_ALLOWED: () => request(app).post('/api/search'),
    PRECONDITION_FAILED: () => request(app).get('/app.js').set('If-Match', '"x"'),
    PAYLOAD_TOO_LARGE: () => request(app).get('/api/health').set('Content-Type', 'text/plain').send('x'.repeat(2000)),
    RANGE_NOT_SATISFIABLE: () => request(app).get('/targets').set('Range', 'bytes=999999999-'),
    RATE_LIMITED: async () => {
      await request(limited).get('/api/documents');
      return request(limited).get('/api/documents');
    },
    HEADERS_TOO_LARGE: () => request(createHttpServer(app)).get(`/api/search?q=a&x=${'y'.repeat(70_000)}`),
    INTERNAL: () => request(broken).get('/api/health'),
    SERVER_BUSY: async () => {
      const server = gated.listen(0, '127.0.0.1');
      try {
        const first = request(server)
          .get('/slow')
          .then((r) => r);
        await new Promise((r) => setTimeout(r, 100));
        const second = await request(server).get('/slow');
        expect(second.headers['retry-after']).toMatch(/^\d+$/);
        await first;
        return second;
      } finally {
        server.close();
      }
    },
  };

  for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
    it(`answers ${code} with status ${ERROR_CODES[code].status} and a JSON error body`, async () => {
      const res = await producers[code]();
      expect(res.status).toBe(ERROR_CODES[code].status);
      expect(res.type).toBe('application/json');
      expect(res.body.error.code).toBe(code);
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+|index is gone/);
    });
  }

  it("is the README's table of codes, row for row", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual(Object.entries(ERROR_CODES).map(([code, { status }]) => [code, status]));
  });

  it('names the methods a path serves in Allow, and answers OPTIONS with them', async () => {
    const res = await request(app).delete('/api/clauses/jilin-2021/3.2.7');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    // OPTIONS names them too, with no body: not Express's own 200 text/plain.
    const options = await request(app).options('/api/search');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(options.headers['content-type']).toBeUndefined();
    expect(options.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(app).options('/api/nothing-here')).status).toBe(404);
  });

  it('keeps Content-Range on a refused range, and the security headers on every error', async () => {
    const res = await producers.RANGE_NOT_SATISFIABLE();
    expect(res.headers['content-range']).toMatch(/^bytes \*\/\d+$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('revalidates search and ask answers by their ETag, whatever tookMs says', async () => {
    for (const path of [
      '/api/search?q=%E5%8C%BB%E8%8D%AF',
      `/api/ask?q=${encodeURIComponent('医药产业的目标是什么？')}`,
    ]) {
      const first = await request(app).get(path);
      expect(first.headers.etag, path).toMatch(/^W\/"/);
      const again = await request(app).get(path).set('If-None-Match', String(first.headers.etag));
      expect(again.status, path).toBe(304);
    }
  });

  it('sends the security headers with the 431 the HTTP server writes itself', async () => {
    const res = await request(createHttpServer(app)).get(`/api/search?q=a&x=${'y'.repeat(70_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves no source map unless asked to', async () => {
    const quiet = pino({ level: 'silent' });
    const store = {
      index: () => {
        throw new Error('unused');
      },
      logger: quiet,
    };
    expect((await request(createApp(store)).get('/app.js.map')).status).toBe(404);
    expect((await request(createApp({ ...store, sourceMaps: true })).get('/app.js.map')).status).toBe(200);
  });

  it('answers a fresh If-None-Match with 304 and no body', async () => {
    const first = await request(app).get('/app.js');
    const again = await request(app).get('/app.js').set('If-None-Match', String(first.headers.etag));
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
  });

  it('checks responses of every route against their schemas (the helper the API tests use)', async () => {
    const client = api(app);
    for (const path of [
      '/api/search?q=%E4%B8%80%E8%87%B4%E6%80%A7%E8%AF%84%E4%BB%B7',
      `/api/ask?q=${encodeURIComponent('江西省到2026年力争培育多少个智能化工厂？')}`,
      '/api/targets',
      '/api/clauses/jilin-2021/3.2.7',
      '/api/documents',
      '/api/documents/jilin-2021',
      '/api/gloss?clause=jilin-2021%2F3.2.7',
      '/api/gloss?clauses=jilin-2021%2F3.2.7,jiangxi-2023%2F1.2.p1',
      `/api/gloss?phrases=${encodeURIComponent('企业数|四、保障措施')}`,
      `/api/search?q=${encodeURIComponent('一致姓评价')}`,
      '/api/health',
    ]) {
      expect((await client.get(path)).status, path).toBe(200);
    }
  });
});
