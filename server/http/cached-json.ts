// Sends a JSON answer from the index's cache of serialised answers, with the time it took.
import type { Response } from 'express';
import type { IndexStore } from '../search/index-store.ts';

/**
 * Answers with the JSON body cached under `key` for this index, made by `make` (and cached) when
 * absent, with `tookMs` (since `started`) as its first field. The cache belongs to the index, so a
 * swapped index never answers from the old one's cache.
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
  const tookMs = Math.round((performance.now() - started) * 100) / 100;
  const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
  res.type('application/json').send(`{"tookMs":${tookMs}${rest}`);
}
