import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../server/search/top-k.ts';

describe('TopK', () => {
  it('keeps the k best, best first, as sorting all would (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 200 }), fc.nat(60), (values, k) => {
        // Ties broken by position, so the order is total.
        const better = (i: number, j: number) =>
          (values[i] as number) > (values[j] as number) || (values[i] === values[j] && i < j);
        const top = new TopK(k, better);
        values.forEach((_, i) => top.push(i));
        const all = values.map((_, i) => i).sort((i, j) => (better(i, j) ? -1 : 1));
        expect(top.sorted()).toEqual(all.slice(0, k));
      }),
      { numRuns: 300 },
    );
  });

  it('a filter asked only of the items it admits keeps what filtering all would (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.boolean()), { maxLength: 200 }),
        fc.nat(30),
        (items, k) => {
          const better = (i: number, j: number) =>
            (items[i]?.[0] as number) > (items[j]?.[0] as number) || (items[i]?.[0] === items[j]?.[0] && i < j);
          const keep = (i: number) => items[i]?.[1] === true;
          const lazy = new TopK(k, better);
          const eager = new TopK(k, better);
          items.forEach((_, i) => {
            if (lazy.admits(i) && keep(i)) lazy.push(i);
            if (keep(i)) eager.push(i);
          });
          expect(lazy.sorted()).toEqual(eager.sorted());
        },
      ),
      { numRuns: 300 },
    );
  });
});
