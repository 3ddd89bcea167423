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
});
