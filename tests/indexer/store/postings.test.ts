import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../../../indexer/build-postings.ts';
import { difference, intersect, seek, union } from '../../../indexer/store/postings.ts';
import { TermListsWriter } from '../../../indexer/term-lists.ts';

const sorted = fc.uniqueArray(fc.nat(5000), { maxLength: 300 }).map((xs) => Int32Array.from(xs.sort((a, b) => a - b)));

describe('sorted clause lists', () => {
  it('intersect, union and difference agree with sets (fast-check)', () => {
    fc.assert(
      fc.property(sorted, sorted, sorted, (a, b, c) => {
        const sa = new Set(a);
        const sb = new Set(b);
        expect([...intersect(a, b)]).toEqual([...a].filter((x) => sb.has(x)));
        expect([...union([a, b, c])]).toEqual([...new Set([...a, ...b, ...c])].sort((x, y) => x - y));
        expect([...difference(a, b)]).toEqual([...a].filter((x) => !sb.has(x)));
        expect([...difference(b, a)]).toEqual([...b].filter((x) => !sa.has(x)));
      }),
      { numRuns: 300 },
    );
  });

  it('seek finds the first value at or above, from any starting point', () => {
    fc.assert(
      fc.property(sorted, fc.nat(6000), fc.nat(300), (list, value, from) => {
        const start = Math.min(from, list.length);
        let expected = start;
        while (expected < list.length && (list[expected] as number) < value) expected++;
        expect(seek(list, value, start)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a term index built from clause term lists', () => {
  it('gives back every term’s clauses and counts, over several runs of clauses (fast-check)', () => {
    const clause = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '药', 'constructor', '__proto__'), {
      maxLength: 12,
    });
    const run = fc.array(clause, { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 3 }), (runs) => {
        const lists = runs.map((clauses) => {
          const w = new TermListsWriter();
          for (const terms of clauses) w.add(terms);
          return w.finish();
        });
        const index = buildTermIndex(lists, true);
        const all = runs.flat();
        const firstMet = [...new Set(all.flat())];
        expect(index.parts.terms).toEqual(firstMet);
        for (const term of firstMet) {
          const id = index.id(term) as number;
          const expected = all.flatMap((terms, c) => (terms.includes(term) ? [c] : []));
          const { clauses, frequencies } = index.clausesWithFrequencies(id);
          expect([...clauses]).toEqual(expected);
          expect([...index.clauses(id)]).toEqual(expected);
          expect([...frequencies]).toEqual(expected.map((c) => (all[c] as string[]).filter((t) => t === term).length));
        }
        expect(index.id('toString')).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('finds the terms with a prefix, the term itself included', () => {
    const w = new TermListsWriter();
    w.add(['gmp', 'gm', 'g', 'pd-1', 'gsp']);
    const index = buildTermIndex([w.finish()], false);
    const withPrefix = (p: string) => index.withPrefix(p).map((id) => index.parts.terms[id]);
    expect(withPrefix('gm')).toEqual(['gm', 'gmp']);
    expect(withPrefix('g')).toEqual(['g', 'gm', 'gmp', 'gsp']);
    expect(withPrefix('x')).toEqual([]);
  });
});
