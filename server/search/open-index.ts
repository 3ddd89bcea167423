// Opens the index for serving: loads the persisted one when it matches the corpus, else rebuilds it.
import { analyzerFingerprint, loadAnalyzer } from '../../indexer/analysis/analyzer.ts';
import { IndexLoadError, readIndex, writeIndex } from '../../indexer/persist.ts';
import { buildIndex, type BuildReport } from '../../indexer/pipeline.ts';
import { corpusFingerprint } from '../../indexer/read-corpus.ts';
import { IndexStore } from './index-store.ts';

/** Where the corpus and the index live, and whether a stale or damaged index may be rebuilt. */
export interface OpenIndexOptions {
  readonly corpusDir: string;
  readonly indexPath: string;
  /** `auto`: rebuild when missing, stale or damaged. `never`: refuse instead (serve only what was built). */
  readonly rebuild: 'auto' | 'never';
}

/** The opened index and how it was obtained. */
export interface OpenedIndex {
  readonly store: IndexStore;
  /** `loaded` from disk, or `built` (then `reason` says why the file on disk was not used). */
  readonly source: 'loaded' | 'built';
  readonly reason?: string;
  readonly report?: BuildReport;
}

/**
 * Loads the analyzer (jieba's dictionaries: about a second) and the index. A persisted index is
 * used when its format, analyzer and corpus checksums match; otherwise, with `rebuild: 'auto'`, the
 * corpus is indexed again and the new index written atomically.
 * @throws IndexLoadError with `rebuild: 'never'` when the file cannot be used;
 *   CorpusError when the corpus cannot be indexed.
 */
export function openIndex(options: OpenIndexOptions): OpenedIndex {
  loadAnalyzer();
  const analyzer = analyzerFingerprint();
  try {
    const corpus = options.rebuild === 'never' ? undefined : corpusFingerprint(options.corpusDir);
    return { store: new IndexStore(readIndex(options.indexPath, { analyzer, ...(corpus ? { corpus } : {}) })), source: 'loaded' };
  } catch (err) {
    if (!(err instanceof IndexLoadError) || options.rebuild === 'never') throw err;
    const { data, report } = buildIndex(options.corpusDir);
    writeIndex(options.indexPath, data);
    return { store: new IndexStore(data), source: 'built', reason: err.message, report };
  }
}
