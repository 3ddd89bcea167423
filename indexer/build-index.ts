// Clause[] -> the search indexes: normalised texts, words of texts and headings (BM25), exact-match grams.
import { analyseClauses, type AnalysedClauses, type ClauseText } from './analyse-clauses.ts';
import { buildTermIndex, fieldLengths } from './build-postings.ts';
import { headingText } from './store/fields.ts';
import type { Clause } from './store/schema.ts';
import type { TermIndex } from './store/term-index.ts';
import { meanLength, vocabularyOf, type FieldIndex, type WordIndex } from './store/word-index.ts';
import type { TermLists } from './term-lists.ts';

/** The search indexes of a corpus's clauses. */
export interface SearchIndexes {
  readonly normalized: string[];
  readonly words: WordIndex;
  readonly grams: TermIndex;
  /** Term -> number of clauses whose text has it. */
  readonly vocabulary: Map<string, number>;
}

/**
 * Analyses every clause once (normalise, cut into terms, grams) and builds the indexes from that.
 * `onProgress` gets the clauses and characters analysed so far.
 */
export async function buildSearchIndex(
  clauses: readonly Clause[],
  onProgress?: (clauses: number, chars: number) => void,
): Promise<SearchIndexes> {
  const texts: ClauseText[] = clauses.map((c) => ({ text: c.text, heading: headingText(c) }));
  let chars = 0;
  const runs: AnalysedClauses[] = [
    analyseClauses(texts, (k, n) => {
      chars += n;
      if (k % 200 === 199 || k === texts.length - 1) onProgress?.(k + 1, chars);
    }),
  ];
  return indexesOf(runs);
}

/** The indexes of consecutive runs of analysed clauses, the first run's clauses numbered from 0. */
export function indexesOf(runs: readonly AnalysedClauses[]): SearchIndexes {
  const field = (lists: TermLists[]): FieldIndex => {
    const lengths = fieldLengths(lists);
    return { terms: buildTermIndex(lists, true), lengths, averageLength: meanLength(lengths) };
  };
  const words: WordIndex = { text: field(runs.map((r) => r.text)), heading: field(runs.map((r) => r.heading)) };
  return {
    normalized: runs.flatMap((r) => r.normalized),
    words,
    grams: buildTermIndex(
      runs.map((r) => r.grams),
      false,
    ),
    vocabulary: vocabularyOf(words),
  };
}
