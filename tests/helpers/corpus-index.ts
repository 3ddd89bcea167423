// The real corpus, indexed once per test file (in memory; the persisted index is not touched).
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../indexer/pipeline.ts';
import type { IndexData } from '../../indexer/persist.ts';
import { IndexStore } from '../../server/search/index-store.ts';

/** The project's corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
/** Small hand-made inputs. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

let cached: { data: IndexData; store: IndexStore } | undefined;

/** The corpus index, built on first use in this test process. */
export function corpusIndex(): { data: IndexData; store: IndexStore } {
  if (!cached) {
    const { data } = buildIndex(CORPUS_DIR);
    cached = { data, store: new IndexStore(data) };
  }
  return cached;
}
