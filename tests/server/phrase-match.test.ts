import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grams, normalize, phraseGrams } from '../../indexer/analysis/analyzer.ts';
import { makeUnit, type QueryUnit } from '../../server/search/query.ts';
import { phraseMatches } from '../../server/search/phrase-match.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();
const HAN = /\p{Script=Han}/u;
const clauseGrams = [...store.normalized].map((t) => new Set(grams(t)));
// Brute force over every clause, no index: the clause contains the phrase, and has each of its grams
// (a Latin one as the start of one of its own tokens: `gm` finds GMP, `022` alone does not find 2022).
const scan = (unit: QueryUnit) =>
  [...store.normalized].flatMap((text, k) => {
    if (!text.includes(unit.normalized)) return [];
    const own = clauseGrams[k] as Set<string>;
    const ok = phraseGrams(unit.normalized).every((g) =>
      HAN.test(g) ? own.has(g) : [...own].some((o) => o.startsWith(g)),
    );
    return ok ? [k] : [];
  });
const pieces = fc
  .tuple(fc.nat(store.clauses.length - 1), fc.nat(400), fc.integer({ min: 1, max: 10 }))
  .map(([k, at, len]) => {
    const text = (store.clauses.get(k) as { text: string }).text;
    const from = at % Math.max(1, text.length - len);
    return text.slice(from, from + len);
  });
const check = (phrase: string) => {
  const unit = makeUnit(phrase, true);
  if (!unit) return;
  store.phraseCache.clear();
  expect([...phraseMatches(store, unit)], phrase).toEqual(scan(unit));
};

describe('phrase candidates from the gram postings', () => {
  it('find exactly the clauses a scan of every clause finds, for random pieces of the corpus (fast-check)', () => {
    fc.assert(fc.property(pieces, check), { numRuns: 400 });
  });

  it('find exactly what the scan finds for phrases put together from corpus characters, found or not', () => {
    const chars = [...new Set([...store.normalized].join('').replace(/\s/g, ''))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }), (cs) => check(cs.join(''))),
      { numRuns: 400 },
    );
  });

  it('match Han phrases as plain substrings of the normalised text', () => {
    fc.assert(
      fc.property(pieces, (piece) => {
        const unit = makeUnit(piece.replace(/[^\p{Script=Han}]/gu, ''), true);
        if (!unit) return;
        store.phraseCache.clear();
        const expected = [...store.normalized].flatMap((t, k) => (t.includes(unit.normalized) ? [k] : []));
        expect([...phraseMatches(store, unit)]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('find Latin codes from their start, in any width or case', () => {
    for (const q of ['GMP', 'ｇｍｐ', 'gm', '5G', 'CRO']) check(q);
    expect(phraseMatches(store, makeUnit('gm', false) as QueryUnit).length).toBeGreaterThan(0);
    expect(normalize('ＧＭＰ').text).toBe('gmp');
  });
});
