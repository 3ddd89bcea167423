// Sends a JSON answer from the index's cache of serialised answers, with the time it took.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import type { IndexStore } from '../search/index-store.ts';

/**
 * Answers with the JSON body cached under `key` for this index, made by `make` (and cached) when
 * absent, with `tookMs` (since `started`) as its first field. The cache belongs to the index, so a
 * swapped index never answers from the old one's cache. The ETag is of the answer without `tookMs`
 * (and of the index's version), so a client's If-None-Match revalidates (304) while the answer is
 * the same; Express keeps an ETag set before `send`.
 */
export function sendCachedJson(
  res: Response,
  store: IndexStore,
  key: string,
  started: number,
  make: () => object,
): void {
  let json = store.answerCache.get(key);
  if (json === undefined) {
    json = JSON.stringify(make());
    store.answerCache.set(key, json);
  }
  const digest = createHash('sha1').update(store.version).update('\0').update(json).digest('base64url');
  res.setHeader('ETag', `W/"${digest}"`);
  const tookMs = Math.round((performance.now() - started) * 100) / 100;
  const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
  res.type('application/json').send(`{"tookMs":${tookMs}${rest}`);
}
