// Clause[] -> the search indexes: normalised texts, words of texts and headings (BM25), exact-match grams.
import { analyseClauses, type AnalysedClauses, type ClauseText } from './analyse-clauses.ts';
import type { AnalysisThread } from './analysis-threads.ts';
import { mergeLengths, mergePostings } from './build-postings.ts';
import { headingText } from './store/fields.ts';
import type { Clause } from './store/schema.ts';
import { buildSuggestionIndex, type SuggestionIndexData } from './store/suggestion-index.ts';
import type { TermIndex } from './store/term-index.ts';
import { meanLength, vocabularyOf, type FieldIndex, type WordIndex } from './store/word-index.ts';
import type { FieldPostings } from './postings-runs.ts';

/** The search indexes of a corpus's clauses. */
export interface SearchIndexes {
  readonly normalized: string[];
  readonly words: WordIndex;
  readonly grams: TermIndex;
  /** Term -> number of clauses whose text has it. */
  readonly vocabulary: Map<string, number>;
  /** The words "did you mean" corrects to (see suggestionWords). */
  readonly suggestions: SuggestionIndexData;
}

/** How a build indexes its clauses. */
export interface IndexingOptions {
  /** A worker thread to analyse part of the clauses; without one, this thread does all. */
  readonly thread?: AnalysisThread;
  /** Clauses and UTF-8 bytes of their text analysed so far, of all. */
  readonly onProgress?: (clauses: number, bytes: number) => void;
}

/**
 * The share of the clauses this thread analyses when a worker thread takes the rest: a little less
 * than half, since this thread also extracts the figures meanwhile (see pipeline.ts).
 */
const OWN_SHARE = 0.42;

/**
 * Analyses every clause once (normalise, cut into terms, grams) and builds the indexes from that.
 * With a thread, its share of the clauses is sent to it before this function first yields, so that
 * the caller's own work in this thread overlaps with it; then this thread analyses the rest.
 */
export async function buildSearchIndex(
  clauses: readonly Clause[],
  options: IndexingOptions = {},
): Promise<SearchIndexes> {
  const texts: ClauseText[] = clauses.map((c) => ({
    text: c.text,
    heading: headingText(c),
    ...(c.lead ? { lead: c.lead } : {}),
  }));
  const { thread, onProgress } = options;
  const split = thread ? Math.round(texts.length * OWN_SHARE) : texts.length;
  const theirs = thread?.analyse(texts.slice(split));
  onProgress?.(0, 0);
  await new Promise((resolve) => setImmediate(resolve));
  let bytes = 0;
  const report = (own: number) => {
    const other = thread?.done() ?? { clauses: 0, bytes: 0 };
    onProgress?.(own + other.clauses, bytes + other.bytes);
  };
  const own = analyseClauses(texts.slice(0, split), (k, n) => {
    bytes += n;
    if (k % 200 === 199) report(k + 1);
  });
  report(split);
  const poll = setInterval(() => report(split), 250);
  try {
    return indexesOf(theirs ? [own, await theirs] : [own]);
  } finally {
    clearInterval(poll);
  }
}

/** The indexes of consecutive parts of the analysed clauses, the first part's clauses numbered from 0. */
export function indexesOf(runs: readonly AnalysedClauses[]): SearchIndexes {
  const field = (parts: FieldPostings[]): FieldIndex => {
    const lengths = mergeLengths(parts);
    return { terms: mergePostings(parts), lengths, averageLength: meanLength(lengths) };
  };
  const words: WordIndex = { text: field(runs.map((r) => r.text)), heading: field(runs.map((r) => r.heading)) };
  const vocabulary = vocabularyOf(words);
  return {
    normalized: runs.flatMap((r) => r.normalized),
    words,
    grams: mergePostings(runs.map((r) => r.grams)),
    vocabulary,
    suggestions: buildSuggestionIndex(suggestionWords(vocabulary)),
  };
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The corpus's words a misspelt query word may be corrected to: the Chinese words of its texts, two
 * characters or more. (The glossary's words are indexed by the server, which reads the glossary.)
 */
export function* suggestionWords(vocabulary: ReadonlyMap<string, number>): Generator<string> {
  for (const term of vocabulary.keys()) if (term.length > 1 && HAN_ONLY.test(term)) yield term;
}
