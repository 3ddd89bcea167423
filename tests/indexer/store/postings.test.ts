import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLengths, mergePostings } from '../../../indexer/build-postings.ts';
import { PostingsWriter } from '../../../indexer/postings-runs.ts';
import { difference, intersect, seek, union } from '../../../indexer/store/postings.ts';

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

describe('a term index built from clause terms, in runs merged at the end', () => {
  it('gives back every term’s clauses and counts, over several parts cut into runs (fast-check)', () => {
    const clause = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '药', 'constructor', '__proto__'), {
      maxLength: 12,
    });
    const part = fc.array(clause, { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 7 }), (parts, run) => {
        const postings = parts.map((clauses) => {
          const w = new PostingsWriter(true, run);
          for (const terms of clauses) w.add(terms);
          return w.finish();
        });
        const index = mergePostings(postings);
        const all = parts.flat();
        expect([...mergeLengths(postings)]).toEqual(all.map((terms) => new Set(terms).size));
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

  it('writes the same bytes however the clauses are cut into runs and parts (fast-check)', () => {
    // Clause numbers far apart need gaps of several LEB128 bytes: runs of 1 clause re-encode each one.
    const clause = fc.array(fc.constantFrom('x', 'y', '药品', '器械'), { maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(clause, { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(400),
        (all, run, cut) => {
          const single = new PostingsWriter(false, Number.MAX_SAFE_INTEGER);
          for (const terms of all) single.add(terms);
          const expected = mergePostings([single.finish()]).parts;
          const parts = [all.slice(0, cut), all.slice(cut)].map((clauses) => {
            const w = new PostingsWriter(false, run);
            for (const terms of clauses) w.add(terms);
            return w.finish();
          });
          const merged = mergePostings(parts).parts;
          expect(merged.terms).toEqual(expected.terms);
          expect([...merged.counts]).toEqual([...expected.counts]);
          expect([...merged.offsets]).toEqual([...expected.offsets]);
          expect([...(merged.bytes as Uint8Array)]).toEqual([...(expected.bytes as Uint8Array)]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds the terms with a prefix, the term itself included', () => {
    const w = new PostingsWriter(false);
    w.add(['gmp', 'gm', 'g', 'pd-1', 'gsp']);
    const index = mergePostings([w.finish()]);
    const withPrefix = (p: string) => index.withPrefix(p).map((id) => index.parts.terms[id]);
    expect(withPrefix('gm')).toEqual(['gm', 'gmp']);
    expect(withPrefix('g')).toEqual(['g', 'gm', 'gmp', 'gsp']);
    expect(withPrefix('x')).toEqual([]);
  });
});
