// The words of the clauses for ranking: per field (text, headings) its terms' postings with counts and its lengths.
import type { TermIndex } from './term-index.ts';

/** One field of the clauses, ready for BM25. */
export interface FieldIndex {
  /** The field's terms, with how often each clause has them. */
  readonly terms: TermIndex;
  /** By clause number, its count of distinct terms in this field (the field length BM25 uses). */
  readonly lengths: Int32Array;
  /**
   * The mean of `lengths`, accumulated clause after clause as `(mean * k + length) / (k + 1)`: the
   * order MiniSearch adds in, so that scores stay the same to the last bit.
   */
  readonly averageLength: number;
}

/** The word fields of the clauses: their own words, and the words of their headings (count double). */
export interface WordIndex {
  readonly text: FieldIndex;
  readonly heading: FieldIndex;
}

/**
 * Term -> number of clauses whose text has it, in the order the build first met the terms (English
 * translation ranks its candidates by it, and the lexicon is derived from it).
 */
export function vocabularyOf(words: WordIndex): Map<string, number> {
  const { terms, counts } = words.text.terms.parts;
  return new Map(terms.map((t, k) => [t, counts[k] as number]));
}

/**
 * The running mean of `lengths` in MiniSearch's order of operations (see {@link FieldIndex}).
 * @example meanLength(Int32Array.of(3, 4, 8)) === 5
 */
export function meanLength(lengths: Int32Array): number {
  let mean = 0;
  for (let k = 0; k < lengths.length; k++) mean = (mean * k + (lengths[k] as number)) / (k + 1);
  return mean;
}
