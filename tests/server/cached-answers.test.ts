import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { cachedAnswer } from '../../server/http/cached-json.ts';
import { testApp } from '../helpers/test-app.ts';

const app = testApp();
const SEARCH = `/api/search?q=${encodeURIComponent('带量采购')}`;
const ASK = `/api/ask?q=${encodeURIComponent('医药产业的目标是什么？')}`;

describe('cachedAnswer', () => {
  it('keeps the JSON after its opening brace as bytes, so tookMs can go first', () => {
    const json = JSON.stringify({ q: '中药 “配方颗粒”', n: [1, 2] });
    const { rest } = cachedAnswer('v1', json);
    expect(JSON.parse(`{"tookMs":1.5${rest.toString('utf8')}`)).toEqual({ tookMs: 1.5, ...JSON.parse(json) });
    expect(JSON.parse(`{"tookMs":0${cachedAnswer('v1', '{}').rest.toString('utf8')}`)).toEqual({ tookMs: 0 });
  });

  it('gives a weak ETag that changes with the answer and with the index version', () => {
    const a = cachedAnswer('v1', '{"a":1}').etag;
    expect(a).toMatch(/^W\/"[\w-]+"$/);
    expect(cachedAnswer('v1', '{"a":1}').etag).toBe(a);
    expect(cachedAnswer('v1', '{"a":2}').etag).not.toBe(a);
    expect(cachedAnswer('v2', '{"a":1}').etag).not.toBe(a);
  });
});

describe('answers from the cache', () => {
  it.each([
    ['search', SEARCH],
    ['ask', ASK],
  ])('%s: the same ETag and answer, a fresh tookMs, and 304 once the cache holds it', async (_what, path) => {
    const first = await request(app).get(path);
    const again = await request(app).get(path);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(again.headers['content-length'])).toBe(Buffer.byteLength(again.text));
    expect(again.text.startsWith('{"tookMs":')).toBe(true);
    const { tookMs: _a, ...answer } = first.body;
    const { tookMs, ...cached } = again.body;
    expect(typeof tookMs).toBe('number');
    expect(cached).toEqual(answer);

    const fresh = await request(app).get(path).set('If-None-Match', String(first.headers.etag));
    expect(fresh.status).toBe(304);
    expect(fresh.text ?? '').toBe('');
    expect(fresh.headers['content-length']).toBeUndefined();
    expect(fresh.headers['content-type']).toBeUndefined();
    expect(fresh.headers.etag).toBe(first.headers.etag);
    const stale = await request(app).get(path).set('If-None-Match', 'W/"another"');
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(app).get(SEARCH);
    const head = await request(app).head(SEARCH);
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    // The same bytes but for the digits of tookMs.
    expect(Math.abs(Number(head.headers['content-length']) - Buffer.byteLength(get.text))).toBeLessThan(8);
  });
});
