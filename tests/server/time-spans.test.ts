import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { timeSpans } from '../../server/qa/spans.ts';

// Sentences written for these tests (not from the corpus).
const times = (text: string) => sentences(text).flatMap((s) => timeSpans(s).map((t) => `${t.kind}:${t.text}`));

describe('the times a sentence writes', () => {
  it('reads dates, years without their lead word, and plan periods', () => {
    expect(times('本办法自2031年7月1日起施行。')).toEqual(['date:2031年7月1日']);
    expect(times('到2028年，培育5家流通企业。')).toEqual(['date:2028年']);
    expect(times('“十三五”期间，全省获批新药9个。')).toEqual(['period:“十三五”期间']);
  });

  it('reads days of the year that deadlines give, with their 前 or 后', () => {
    expect(times('企业应当于次年4月30日前提交年度报告。')).toEqual(['date:次年4月30日前']);
    expect(times('每年六月底前完成自查。')).toEqual(['date:每年六月底前']);
  });

  it('finds no time in a sentence without one', () => {
    expect(times('企业应当建立追溯制度。')).toEqual([]);
  });
});
