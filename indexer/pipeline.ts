// buildIndex(): the indexing stages in order, and nothing else.
import { analyzerFingerprint, loadAnalyzer } from './analysis/analyzer.ts';
import { availableParallelism } from 'node:os';
import { AnalysisThread } from './analysis-threads.ts';
import { buildSearchIndex } from './build-index.ts';
import { chunk } from './chunk.ts';
import { parseStructure } from './parse-structure.ts';
import type { IndexData } from './store/persist.ts';
import { corpusBytes, corpusFingerprint, readCorpus, type CorpusWarning } from './read-corpus.ts';
import type { Clause, IndexedDocument, Reading, SourceFormat } from './store/schema.ts';
import { extractFacts } from './facts/extract-facts.ts';

/** What a build did, for the indexer's summary. */
export interface BuildReport {
  readonly documents: ReadonlyArray<{
    id: string;
    path: string;
    title: string;
    format: SourceFormat;
    /** Pages, repairs and reader warnings of the file. */
    reading: Reading;
    sections: number;
    clauses: number;
    metaSource: string;
  }>;
  readonly warnings: readonly CorpusWarning[];
  /** Files that could not be read; their reasons are among the warnings. */
  readonly skipped: readonly string[];
  readonly clauses: number;
  /** UTF-8 bytes of the clauses' text. */
  readonly textBytes: number;
  readonly ms: number;
}

/**
 * What the indexer program reports to the server that ran it (`--report FILE`, JSON): the corpus
 * fingerprint of the index it wrote (the server loads that file only if it still says so), the
 * files it skipped and why, the other warnings, and the lexicon it derived; or why it refused to
 * replace the index in place (then nothing was written).
 */
export interface IndexerReport {
  readonly corpus: string;
  readonly documents: number;
  readonly clauses: number;
  readonly skipped: readonly CorpusWarning[];
  readonly warnings: readonly CorpusWarning[];
  readonly lexicon?: { readonly words: number; readonly ms: number };
  readonly refused?: string;
}

/** The report of a build for the server: skipped files with their reasons apart from the other warnings. */
export function indexerReport(
  report: BuildReport,
  outcome: Pick<IndexerReport, 'corpus' | 'lexicon' | 'refused'>,
): IndexerReport {
  const skipped = new Set(report.skipped);
  return {
    ...outcome,
    documents: report.documents.length,
    clauses: report.clauses,
    skipped: report.warnings.filter((w) => skipped.has(w.path)),
    warnings: report.warnings.filter((w) => !skipped.has(w.path)),
  };
}

/**
 * Progress of a build, for a progress bar: the stage and how far it is (files read, documents
 * parsed, clauses indexed), and for indexing the UTF-8 bytes of clause text analysed so far.
 */
export type ProgressListener = (stage: 'read' | 'parse' | 'index', done: number, total: number, bytes?: number) => void;

/** How a build runs. */
export interface BuildOptions {
  /**
   * Analyse part of the clauses in a worker thread: `auto` when the corpus files come to
   * PARALLEL_BYTES or more and the machine has a second core. A long-lived process passes `false`:
   * the thread's jieba is never freed (see AnalysisThread).
   */
  readonly thread?: 'auto' | boolean;
}

/** Corpus size from which a build uses a second core: below it, starting the thread costs more than it saves. */
export const PARALLEL_BYTES = 4 * 2 ** 20;

/**
 * Builds the index of the corpus in `corpusDir`: read, parse structure, chunk, normalise, index.
 * A file that cannot be read is skipped, and two documents that would share an id are told apart,
 * each with a warning in the report.
 */
export async function buildIndex(
  corpusDir: string,
  onProgress?: ProgressListener,
  options: BuildOptions = {},
): Promise<{ data: IndexData; report: BuildReport }> {
  const thread = useThread(corpusDir, options.thread ?? 'auto') ? new AnalysisThread() : undefined;
  try {
    return await build(corpusDir, onProgress, thread);
  } finally {
    await thread?.close();
  }
}

async function build(
  corpusDir: string,
  onProgress: ProgressListener | undefined,
  thread: AnalysisThread | undefined,
): Promise<{ data: IndexData; report: BuildReport }> {
  const started = performance.now();
  loadAnalyzer();
  const corpus = corpusFingerprint(corpusDir);
  const {
    documents: sources,
    warnings,
    skipped,
  } = await readCorpus(corpusDir, (done, total) => onProgress?.('read', done, total));
  const documents: IndexedDocument[] = [];
  const readings = new Map(sources.map((s) => [s.meta.id, { format: s.format, reading: s.reading }]));
  const clauses: Clause[] = [];
  sources.forEach((source, k) => {
    const tree = parseStructure(source);
    const { clauses: own, outline, sectionCount } = chunk(tree);
    documents.push({
      meta: source.meta,
      path: source.path,
      text: source.text,
      outline,
      clauseCount: own.length,
      sectionCount,
    });
    // One at a time: spreading a document of 150,000 items as arguments overflows the stack.
    for (const clause of own) clauses.push(clause);
    onProgress?.('parse', k + 1, sources.length);
  });
  // The figures are extracted here while the thread, if any, analyses its share of the clauses.
  const indexing = buildSearchIndex(clauses, {
    ...(thread ? { thread } : {}),
    onProgress: (done, bytes) => onProgress?.('index', done, clauses.length, bytes),
  });
  const metas = new Map(documents.map((d) => [d.meta.id, d.meta]));
  const facts = extractFacts(clauses, (id) => metas.get(id));
  const { normalized, words, grams, vocabulary, suggestions } = await indexing;
  const data: IndexData = {
    analyzer: analyzerFingerprint(),
    corpus,
    builtAt: new Date().toISOString(),
    documents,
    clauses,
    normalized,
    vocabulary,
    facts,
    words,
    grams,
    suggestions,
  };
  const report: BuildReport = {
    documents: documents.map((d) => ({
      id: d.meta.id,
      path: d.path,
      title: d.meta.title,
      ...(readings.get(d.meta.id) as { format: SourceFormat; reading: Reading }),
      sections: d.sectionCount,
      clauses: d.clauseCount,
      metaSource: d.meta.metaSource,
    })),
    warnings,
    skipped,
    clauses: clauses.length,
    textBytes: clauses.reduce((n, c) => n + Buffer.byteLength(c.text), 0),
    ms: performance.now() - started,
  };
  return { data, report };
}

function useThread(corpusDir: string, thread: 'auto' | boolean): boolean {
  if (thread !== 'auto') return thread;
  return availableParallelism() > 1 && corpusBytes(corpusDir) >= PARALLEL_BYTES;
}

export { corpusFingerprint, type CorpusWarning } from './read-corpus.ts';
