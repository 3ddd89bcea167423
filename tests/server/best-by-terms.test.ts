import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../indexer/analysis/analyzer.ts';
import { headingText } from '../../indexer/store/fields.ts';
import { bestByTerms } from '../../server/search/best-by-terms.ts';
import { scoreTerms, type WeightedTerm } from '../../server/search/bm25.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();

// The oracle: every clause having a term scored by scoreTerms, ranked by score and then in the order
// scoreTerms met them, filtered, the first k.
function oracle(terms: readonly WeightedTerm[], k: number, keep: (c: number) => boolean) {
  const s = scoreTerms(store.words, terms);
  return [...s.clauses.keys()]
    .sort((i, j) => (s.scores[j] as number) - (s.scores[i] as number) || i - j)
    .filter((i) => keep(s.clauses[i] as number))
    .slice(0, k)
    .map((i) => ({ index: s.clauses[i] as number, score: s.scores[i] as number }));
}

const words = [...store.vocabulary.keys()];
const headingWords = [...new Set([...store.clauses].flatMap((c) => analyze(headingText(c)).map((t) => t.term)))];

describe('bestByTerms', () => {
  it('keeps the clauses, scores (to the last bit) and order of scoring them all (fast-check)', () => {
    const term = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...headingWords), fc.constant('量子计算机'));
    const terms = fc.uniqueArray(fc.record({ term, weight: fc.constantFrom(0, 0.3, 1, 1.7, 2.5) }), {
      minLength: 1,
      maxLength: 8,
      selector: (t) => t.term,
    });
    fc.assert(
      fc.property(terms, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 5 }), (ts, k, every) => {
        // Why a filter: the k-th score, which decides what is skipped, must count only kept clauses.
        const keep = (c: number) => c % every !== 0 || every === 1;
        expect(bestByTerms(store.words, ts, k, keep)).toEqual(oracle(ts, k, keep));
      }),
      { numRuns: 300 },
    );
  });

  it('breaks ties among the many clauses of common words as scoreTerms met them', () => {
    // One common word: every clause with the same count and length scores the same.
    for (const terms of [['医药'], ['发展', '产业'], ['人才', '创新', '企业', '医药', '发展']]) {
      const ts = terms.map((term) => ({ term, weight: 1 }));
      for (const k of [1, 10, 100]) expect(bestByTerms(store.words, ts, k)).toEqual(oracle(ts, k, () => true));
    }
  });

  it('refuses a weight below 0, which its bounds cannot hold', () => {
    expect(() => bestByTerms(store.words, [{ term: '医药', weight: -1 }], 10)).toThrow(/below 0/);
  });
});
