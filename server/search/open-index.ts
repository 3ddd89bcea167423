// Opens the index for serving: loads the persisted one when it matches the corpus, else rebuilds it;
// then the lexicon that goes with it, derived in a child process when missing.
import { execFileSync } from 'node:child_process';
import { analyzerFingerprint, loadAnalyzer } from '../../indexer/analysis/index.ts';
import {
  lexiconIdentity,
  readLexicon,
  type Lexicon,
  IndexLoadError,
  openIndexFile,
  readIndexSummary,
  removeStaleTemporaries,
  shrinkRefusal,
  writeIndex,
  type IndexData,
  type StoredIndex,
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
  /** Replace an index with a rebuilt one even when it loses most of its documents (see shrinkRefusal). */
  readonly allowShrink?: boolean;
  /** The corpus fingerprint the file must have; by default the corpus folder's (none with `rebuild: 'never'`). */
  readonly corpus?: string;
}

/** The opened index and how it was obtained. */
export interface OpenedIndex {
  readonly store: IndexStore;
  /**
   * `loaded` from disk; `built` (then `reason` says why the file on disk was not used); `kept`: the
   * file on disk although stale, since the rebuild failed or was refused (`problems` says why).
   */
  readonly source: 'loaded' | 'built' | 'kept';
  readonly reason?: string;
  readonly report?: BuildReport;
  /** Set when the lexicon could not be derived: English falls back to the glossary alone. */
  readonly lexiconProblem?: string;
  /** Set when the lexicon file was missing or stale and was derived again: how long it took. */
  readonly lexiconMs?: number;
  /**
   * What an operator should know of the index in service: a rebuild refused or failed (the older
   * index is served), an index that could not be written (the one built is served from memory).
   */
  readonly problems: readonly string[];
}

/**
 * Loads the analyzer (jieba's dictionaries: about a second), the index and its lexicon. A persisted
 * index is used when its format, analyzer and corpus checksums match; otherwise, with
 * `rebuild: 'auto'`, the corpus is indexed again and the new index written atomically. The last good
 * index is not given up: a rebuild that fails, or that loses most documents (unless `allowShrink`),
 * leaves the file as it is and the index in it is served; an index that cannot be written (a
 * read-only or full disk) is served from memory. `problems` says so. Temporary files that writers
 * killed mid-write left beside the index are removed first.
 * @throws IndexLoadError with `rebuild: 'never'` when the file cannot be used, and when neither a
 *   rebuilt nor the previous index can be had; the build's error when it fails and no index is on disk.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  loadAnalyzer();
  removeStaleTemporaries(options.indexPath);
  removeStaleTemporaries(options.lexiconPath);
  const analyzer = analyzerFingerprint();
  let data: StoredIndex | IndexData;
  let built: Pick<OpenedIndex, 'source' | 'reason' | 'report'> = { source: 'loaded' };
  const problems: string[] = [];
  try {
    const corpus = options.corpus ?? (options.rebuild === 'never' ? undefined : corpusFingerprint(options.corpusDir));
    data = openIndexFile(options.indexPath, { analyzer, ...(corpus ? { corpus } : {}) });
  } catch (err) {
    if (!(err instanceof IndexLoadError) || options.rebuild === 'never') throw err;
    ({ data, ...built } = await rebuild(options, analyzer, err.message, problems));
  }
  // An index only in memory has no file for the lexicon to be derived from.
  const { lexicon, problem, ms } = problems.some((p) => p.startsWith(NOT_WRITTEN))
    ? { problem: 'no lexicon: the index is not on disk to derive it from' }
    : ensureLexicon(options, data);
  return {
    store: new IndexStore(data, lexicon),
    ...built,
    ...(problem ? { lexiconProblem: problem } : {}),
    ...(ms !== undefined ? { lexiconMs: ms } : {}),
    problems,
  };
}

const NOT_WRITTEN = 'the index could not be written';

// Builds the index again in this process; keeps the file in place when the build fails or shrinks.
async function rebuild(
  options: OpenIndexOptions,
  analyzer: string,
  why: string,
  problems: string[],
): Promise<{ data: StoredIndex | IndexData } & Pick<OpenedIndex, 'source' | 'reason' | 'report'>> {
  const previous = () => openIndexFile(options.indexPath, { analyzer });
  let result: Awaited<ReturnType<typeof buildIndex>>;
  try {
    // On one thread: a worker thread's jieba (250 MB) would stay in this long-lived process, since
    // nodejieba frees nothing when a thread ends. The indexer program, a process of its own, uses two.
    result = await buildIndex(options.corpusDir, undefined, { thread: false });
  } catch (err) {
    const data = tryPrevious(previous);
    if (!data) throw err;
    problems.push(`the corpus could not be indexed (${(err as Error).message}); serving the index of ${data.builtAt}`);
    return { data, source: 'kept', reason: why };
  }
  const refusal = options.allowShrink
    ? undefined
    : shrinkRefusal(readIndexSummary(options.indexPath)?.documents, result.data.documents.length);
  const kept = refusal ? tryPrevious(previous) : undefined;
  if (refusal && kept) {
    problems.push(refusal);
    return { data: kept, source: 'kept', reason: why, report: result.report };
  }
  try {
    writeIndex(options.indexPath, result.data);
  } catch (err) {
    problems.push(
      `${NOT_WRITTEN} to ${options.indexPath} (${(err as Error).message}); serving the one built, from memory`,
    );
    return { data: result.data, source: 'built', reason: why, report: result.report };
  }
  // Served from the file just written, as at any start: the build's arrays are let go.
  return { data: tryPrevious(previous) ?? result.data, source: 'built', reason: why, report: result.report };
}

function tryPrevious(read: () => StoredIndex): StoredIndex | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The lexicon for `data`, derived by `indexer/lexicon-cli.ts` in a child process when the file is
 * missing or was made for another index (CC-CEDICT stays out of this process).
 */
export function ensureLexicon(
  options: Pick<OpenIndexOptions, 'indexPath' | 'lexiconPath'>,
  data: Pick<IndexData, 'analyzer' | 'corpus'>,
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
