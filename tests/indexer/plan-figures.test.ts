import { describe, expect, it } from 'vitest';
import { findFigures } from '../../indexer/figures/index.ts';

// Sentences written for this test in the manner of plans (not from the corpus).
describe('figures of plans', () => {
  it("reads a plan period's name written without quotes as no count (十四五期间 is not 十四 and 五期)", () => {
    expect(findFigures('力争十四五期间建成省级示范园区3个').map((f) => f.text)).toEqual(['3个']);
    expect(findFigures('十三五时期新增上市企业5家，十五五末达到12家').map((f) => f.text)).toEqual(['5家', '12家']);
    // A count of phases is still a count.
    expect(findFigures('项目分十二期建设').map((f) => f.text)).toEqual(['十二期']);
  });
});
