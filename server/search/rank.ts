// BM25 over weighted terms: the ranking that question answering (and related clauses) ask of the index.
import { FIELD_BOOST, type Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from './index-store.ts';

/** A clause by its position in the index, and its score. */
export interface Ranked {
  readonly index: number;
  readonly score: number;
}

/**
 * Ranks the clauses having any of `weights`' terms by BM25 over their words and headings (headings
 * count double), each term's contribution multiplied by its weight; `keep` narrows the clauses
 * considered before scoring. Best first.
 * @param weights analysed term -> weight (terms the index does not have are ignored)
 */
export function rankByTerms(
  store: IndexStore,
  weights: ReadonlyMap<string, number>,
  keep?: (c: Clause) => boolean,
): Ranked[] {
  if (weights.size === 0) return [];
  const results = store.search.search(
    { combineWith: 'OR', queries: [...weights.keys()] },
    {
      fields: ['text', 'heading'],
      boost: FIELD_BOOST,
      boostTerm: (t) => weights.get(t) ?? 0,
      ...(keep ? { filter: (r) => keep(store.clauses[store.indexOf(r.id as string) ?? -1] as Clause) } : {}),
    },
  );
  return results.map((r) => ({ index: store.indexOf(r.id as string) as number, score: r.score }));
}
