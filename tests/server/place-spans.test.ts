// County names without their suffix as places (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { placeSpans } from '../../server/qa/spans.ts';

const places = (text: string) => sentences(text).flatMap((s) => placeSpans(s).map((p) => p.text));

describe('county names without their suffix', () => {
  it('count as places where the tagger also reads them as place names', () => {
    expect(places('鼓励南城发展茶叶加工。')).toEqual(['南城']);
    expect(places('扶持东阳打造木雕小镇。')).toEqual(['东阳']);
  });

  it('do not count where the tagger reads a common word, outside a place context', () => {
    expect(places('沿街种植樟树和银杏。')).toEqual([]);
    expect(places('江西樟树建设药材市场。')).toContain('樟树');
  });
});
