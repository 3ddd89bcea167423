// Opens the index for serving: loads the persisted one when it matches the corpus, else rebuilds it;
// then the lexicon that goes with it, derived in a child process when missing.
import { execFileSync } from 'node:child_process';
import { analyzerFingerprint, loadAnalyzer } from '../../indexer/analysis/index.ts';
import {
  lexiconIdentity,
  readLexicon,
  type Lexicon,
  IndexLoadError,
  readIndex,
  writeIndex,
  type IndexData,
} from '../../indexer/store/index.ts';
import { indexerProgram } from '../../indexer/paths.ts';
import { buildIndex, corpusFingerprint, type BuildReport } from '../../indexer/pipeline.ts';
import { IndexStore } from './index-store.ts';

/** Where the corpus, the index and the lexicon live, and whether a stale or damaged index may be rebuilt. */
export interface OpenIndexOptions {
  readonly corpusDir: string;
  readonly indexPath: string;
  readonly lexiconPath: string;
  /** `auto`: rebuild when missing, stale or damaged. `never`: refuse instead (serve only what was built). */
  readonly rebuild: 'auto' | 'never';
}

/** The opened index and how it was obtained. */
export interface OpenedIndex {
  readonly store: IndexStore;
  readonly data: IndexData;
  /** `loaded` from disk, or `built` (then `reason` says why the file on disk was not used). */
  readonly source: 'loaded' | 'built';
  readonly reason?: string;
  readonly report?: BuildReport;
  /** Set when the lexicon could not be derived: English falls back to the glossary alone. */
  readonly lexiconProblem?: string;
  /** Set when the lexicon file was missing or stale and was derived again: how long it took. */
  readonly lexiconMs?: number;
}

/**
 * Loads the analyzer (jieba's dictionaries: about a second), the index and its lexicon. A persisted
 * index is used when its format, analyzer and corpus checksums match; otherwise, with
 * `rebuild: 'auto'`, the corpus is indexed again and the new index written atomically.
 * @throws IndexLoadError with `rebuild: 'never'` when the file cannot be used;
 *   CorpusError when the corpus cannot be indexed.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  loadAnalyzer();
  const analyzer = analyzerFingerprint();
  let data: IndexData;
  let built: Pick<OpenedIndex, 'reason' | 'report'> | undefined;
  try {
    const corpus = options.rebuild === 'never' ? undefined : corpusFingerprint(options.corpusDir);
    data = readIndex(options.indexPath, { analyzer, ...(corpus ? { corpus } : {}) });
  } catch (err) {
    if (!(err instanceof IndexLoadError) || options.rebuild === 'never') throw err;
    // On one thread: a worker thread's jieba (250 MB) would stay in this long-lived process, since
    // nodejieba frees nothing when a thread ends. The indexer program, a process of its own, uses two.
    const result = await buildIndex(options.corpusDir, undefined, { thread: false });
    writeIndex(options.indexPath, result.data);
    data = result.data;
    built = { reason: err.message, report: result.report };
  }
  const { lexicon, problem, ms } = ensureLexicon(options, data);
  return {
    store: new IndexStore(data, lexicon),
    data,
    source: built ? 'built' : 'loaded',
    ...built,
    ...(problem ? { lexiconProblem: problem } : {}),
    ...(ms !== undefined ? { lexiconMs: ms } : {}),
  };
}

/**
 * The lexicon for `data`, derived by `indexer/lexicon-cli.ts` in a child process when the file is
 * missing or was made for another index (CC-CEDICT stays out of this process).
 */
export function ensureLexicon(
  options: Pick<OpenIndexOptions, 'indexPath' | 'lexiconPath'>,
  data: IndexData,
): { lexicon?: Lexicon; problem?: string; ms?: number } {
  const identity = lexiconIdentity(data.analyzer, data.corpus);
  const existing = readLexicon(options.lexiconPath, identity);
  if (existing) return { lexicon: existing };
  const started = performance.now();
  try {
    execFileSync(
      process.execPath,
      [...indexerProgram('lexicon-cli'), '--index', options.indexPath, '--out', options.lexiconPath],
      { stdio: 'pipe', timeout: 600_000 },
    );
  } catch (err) {
    return {
      problem: `the lexicon could not be derived: ${String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).slice(0, 500)}`,
    };
  }
  const lexicon = readLexicon(options.lexiconPath, identity);
  const ms = Math.round(performance.now() - started);
  return lexicon ? { lexicon, ms } : { problem: 'the lexicon derived does not match the index', ms };
}
