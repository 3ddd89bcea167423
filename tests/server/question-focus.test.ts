import { describe, expect, it } from 'vitest';
import { askedFocus } from '../../server/qa/question-focus.ts';

// Questions written for these tests (not from the corpus): what 多少 attaches to, read from the
// sentence's parts of speech.
describe('what 多少 asks about', () => {
  it('counts the noun after a classifier, past a qualifier that ends in 的', () => {
    expect(askedFocus('湖南计划培育多少家年营业收入超5亿元的企业？')).toMatchObject({ unit: '家', phrase: '企业' });
    expect(askedFocus('全省有多少家省级示范工厂？')).toMatchObject({ unit: '家', phrase: '省级示范工厂' });
  });

  it('asks for the amount of the noun right after it (处多少罚款)', () => {
    expect(askedFocus('未办理登记的，处多少罚款？')).toEqual({ phrase: '罚款', named: true });
  });

  it('asks for money granted when a grant verb comes before it', () => {
    expect(askedFocus('首次认定的企业最高奖励多少？')).toMatchObject({ want: 'support' });
  });
});
