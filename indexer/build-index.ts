// Clause[] -> MiniSearch: the words of each clause and its headings, and its exact-match grams.
import MiniSearch from 'minisearch';
import type { Clause } from './store/schema.ts';
import { searchIndexOptions } from './store/search-options.ts';

/**
 * Indexes clauses for search, and counts in how many clauses each term occurs (the vocabulary:
 * English translation ranks its candidates by it). `onProgress` gets the count done per batch.
 * @throws Error from MiniSearch for a duplicate clause id (ids are made unique by the chunker).
 */
export function buildSearchIndex(
  clauses: readonly Clause[],
  onProgress?: (done: number) => void,
  // eslint-disable-next-line no-restricted-syntax -- the index file's JSON; read back with Object.hasOwn
): { search: MiniSearch<Clause>; vocabulary: Record<string, number> } {
  // A Map: a corpus word such as `constructor` would find Object's own function in `{}`.
  const counts = new Map<string, number>();
  const index = new MiniSearch<Clause>(
    searchIndexOptions((terms) => {
      for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }),
  );
  const batch = 500;
  for (let k = 0; k < clauses.length; k += batch) {
    index.addAll(clauses.slice(k, k + batch));
    onProgress?.(Math.min(clauses.length, k + batch));
  }
  return { search: index, vocabulary: Object.fromEntries(counts) };
}
