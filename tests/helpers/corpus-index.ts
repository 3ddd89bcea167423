// The real corpus index and lexicon, loaded once per test file (brought up to date by global setup).
import { analyzerFingerprint } from '../../indexer/analysis/index.ts';
import { readIndex, type IndexData } from '../../indexer/store/persist.ts';
import { openIndex } from '../../server/search/open-index.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { CORPUS_DIR, INDEX_PATH, LEXICON_PATH } from './paths.ts';

export { CORPUS_DIR, FIXTURES_DIR } from './paths.ts';

// Opened when a test file imports this module (openIndex is async: reading PDFs is).
const opened = await openIndex({
  corpusDir: CORPUS_DIR,
  indexPath: INDEX_PATH,
  lexiconPath: LEXICON_PATH,
  rebuild: 'auto',
});

let data: IndexData | undefined;

/** The corpus index as the server opens it, with its lexicon; and the file read whole (`data`). */
export function corpusIndex(): { data: IndexData; store: IndexStore } {
  data ??= readIndex(INDEX_PATH, { analyzer: analyzerFingerprint() });
  return { data, store: opened.store };
}
