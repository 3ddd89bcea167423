import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTerms } from '../../server/search/bm25.ts';
import { topCollector } from '../../server/search/collect.ts';
import { execute } from '../../server/search/execute.ts';
import { phraseMatches } from '../../server/search/phrase-match.ts';
import { Ranking } from '../../server/search/rank.ts';
import { emptyQuery, makeUnit, type Query, type QueryUnit } from '../../server/search/query.ts';
import { inRegions, type RegionFilter } from '../../server/search/regions.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();

// The oracle: how a question's terms clause was ranked before, by sorting every clause scored, lifting
// the clauses that hold a lifting unit, sorting again (stably), then keeping the first k in the regions.
function oracle(terms: Array<{ term: string; weight: number }>, lift: QueryUnit[], regions: RegionFilter[], k: number) {
  const s = scoreTerms(store.words, terms);
  const scores = new Map<number, number>();
  const order = [...s.clauses.keys()].sort((i, j) => (s.scores[j] as number) - (s.scores[i] as number) || i - j);
  for (const i of order) scores.set(s.clauses[i] as number, s.scores[i] as number);
  for (const unit of lift) for (const c of phraseMatches(store, unit)) scores.set(c, (scores.get(c) ?? 0) * 1.5 + 5);
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .filter(([c]) => inRegions(store.placeOf(c), regions))
    .slice(0, k)
    .map(([index, score]) => ({ index, score }));
}

const words = [...store.vocabulary.keys()].filter((w) => w.length > 1);
const regions = ['浙江', '江西', '吉林', '江苏'].map((p) => store.regions.resolve(p) as RegionFilter);

describe('a terms clause with lifts', () => {
  it('keeps the clauses, scores and order of sorting them all, within the regions asked (fast-check)', () => {
    const term = fc.constantFrom(...words);
    const terms = fc.uniqueArray(fc.record({ term, weight: fc.constantFrom(0.3, 1, 1.7) }), {
      minLength: 1,
      maxLength: 5,
      selector: (t) => t.term,
    });
    // Why lifts of words outside the terms too: a lifted clause no term scored comes after those scored.
    const lifts = fc.array(fc.constantFrom(...words), { maxLength: 3 });
    const within = fc.subarray(regions, { maxLength: 2 });
    fc.assert(
      fc.property(terms, lifts, within, fc.integer({ min: 1, max: 80 }), (ts, ls, rs, k) => {
        const units = ls.map((w) => makeUnit(w, true, 'question')).filter((u): u is QueryUnit => u !== undefined);
        const query: Query = {
          ...emptyQuery('q'),
          clauses: [{ kind: 'terms', occur: 'should', terms: ts, lift: { units, factor: 1.5, bonus: 5 } }],
        };
        const { matched } = execute(store, query, topCollector(k), { within: rs });
        expect(matched).toEqual(oracle(ts, units, rs, k));
      }),
      { numRuns: 200 },
    );
  });

  it('orders equal lifted scores by the score before lifting, then as met', () => {
    // Why: 2 lifted (2 × 1.5 + 5) ties with an unlifted 8, which the sort by score had put first.
    const r = new Ranking(Int32Array.of(7, 3, 5), Float64Array.of(8, 8, 8), 3, undefined, Float64Array.of(2, 8, 8));
    expect([r.before(1, 0), r.before(0, 1), r.before(1, 2), r.before(2, 1)]).toEqual([true, false, true, false]);
  });
});
