import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../indexer/analysis/analyzer.ts';
import { headingText } from '../../indexer/store/fields.ts';
import { FIELD_BOOST, type Clause } from '../../indexer/store/schema.ts';
import { rankByTerms } from '../../server/search/rank.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();
// The oracle: the MiniSearch index the ranking replaced, built as the indexer built it (the
// analyzer's terms of each clause's text and headings), queried as search and answers queried it.
const mini = new MiniSearch<Clause>({
  idField: 'id',
  fields: ['text', 'heading'],
  extractField: (c, field) => (field === 'heading' ? headingText(c) : (c as unknown as Record<string, string>)[field]),
  tokenize: (text) => analyze(text).map((t) => t.term),
  processTerm: (term) => term,
  searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
});
mini.addAll([...store.clauses]);
const oracle = (weights: ReadonlyMap<string, number>, keep?: (c: Clause) => boolean) =>
  mini
    .search(
      { combineWith: 'OR', queries: [...weights.keys()] },
      {
        fields: ['text', 'heading'],
        boost: FIELD_BOOST,
        boostTerm: (t) => weights.get(t) ?? 0,
        ...(keep ? { filter: (r) => keep(store.clauses.get(store.indexOf(r.id as string) as number) as Clause) } : {}),
      },
    )
    .map((r) => ({ index: store.indexOf(r.id as string), score: r.score }));

const words = [...store.vocabulary.keys()];
const headingWords = [...new Set([...store.clauses].flatMap((c) => analyze(headingText(c)).map((t) => t.term)))];

describe('rankByTerms', () => {
  it('scores and orders as MiniSearch did, to the last bit, ties included (fast-check)', () => {
    const term = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...headingWords), fc.constant('量子计算机'));
    const weights = fc
      .array(fc.tuple(term, fc.constantFrom(0, 0.3, 1, 1.7, 2.5)), { minLength: 1, maxLength: 6 })
      .map((pairs) => new Map(pairs));
    fc.assert(
      fc.property(weights, fc.constantFrom(undefined, '浙江', '江西'), (w, province) => {
        const keep = province ? (c: Clause) => c.province === province : undefined;
        expect(rankByTerms(store, w, keep)).toEqual(oracle(w, keep));
      }),
      { numRuns: 200 },
    );
  });

  it('ranks the common words of the corpus as MiniSearch did, where thousands of scores tie', () => {
    // Why ties matter: clauses with the same words in the same number score the same, and the
    // order among them is the order the clauses were met (MiniSearch's stable sort).
    for (const terms of [['医药'], ['发展', '产业'], ['人才', '创新', '企业']]) {
      const w = new Map(terms.map((t) => [t, 1]));
      expect(rankByTerms(store, w)).toEqual(oracle(w));
    }
  });
});
