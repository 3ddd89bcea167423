// Sends a JSON answer from the index's cache of encoded answers, with the time it took.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { CachedAnswer, IndexStore } from '../search/index-store.ts';

/** The Content-Type of every JSON answer, as Express writes it for `res.json`. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * An answer made ready to be sent many times: its JSON after the opening brace as bytes, and its ETag
 * (of the index's version and the answer without `tookMs`). Encoding and hashing an answer of tens of
 * kilobytes were most of a cached search's time under load when done for every request.
 */
export function cachedAnswer(version: string, json: string): CachedAnswer {
  const digest = createHash('sha1').update(version).update('\0').update(json).digest('base64url');
  return { rest: Buffer.from(json === '{}' ? '}' : `,${json.slice(1)}`), etag: `W/"${digest}"` };
}

/**
 * Answers with the JSON body cached under `key` for this index, made by `make` (and cached) when
 * absent, with `tookMs` (since `started`) as its first field. The cache belongs to the index, so a
 * swapped index never answers from the old one's cache. The ETag is of the answer without `tookMs`,
 * so a client's If-None-Match revalidates (304, without Content-Type or body, as Express answers it)
 * while the answer is the same; HEAD gets the headers alone.
 */
export function sendCachedJson(
  res: Response,
  store: IndexStore,
  key: string,
  started: number,
  make: () => object,
): void {
  let answer = store.answerCache.get(key);
  if (answer === undefined) {
    answer = cachedAnswer(store.version, JSON.stringify(make()));
    store.answerCache.set(key, answer);
  }
  res.setHeader('ETag', answer.etag);
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', JSON_TYPE);
  const tookMs = Math.round((performance.now() - started) * 100) / 100;
  // Only the few bytes of tookMs are encoded per request; the answer's bytes follow them as they are,
  // neither copied nor encoded again, in the same write (corked until end).
  const head = Buffer.from(`{"tookMs":${tookMs}`, 'latin1');
  res.setHeader('Content-Length', head.byteLength + answer.rest.byteLength);
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  res.cork();
  res.write(head);
  res.end(answer.rest);
}
