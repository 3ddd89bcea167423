import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, type Question } from '../../server/qa/question.ts';
import { headsWritten } from '../../server/qa/span-answer.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// A regulation written for the test: it sorts activities into 种类 and never writes 领先.
let store: IndexStore;

beforeAll(async () => {
  store = await writtenIndex({
    '湖南省试验活动管理办法.md':
      '# 湖南省试验活动管理办法\n\n第一条 试验活动按照风险程度分为高风险、中风险、低风险三个种类。\n\n第二条 省科技厅负责组织实施本办法。\n\n第三条 试验单位应当建立试验废弃物分类处置管理制度。\n',
  });
});

const asking = (lang: Question['lang'], asked: string[]) => ({ lang, asked }) as unknown as Question;
const everyClause = () => [...Array(store.clauses.length).keys()].map((index) => ({ index, score: 1 }));

describe("the nouns an English question's asked noun may be", () => {
  it('keeps the senses the best clauses write, and drops the others', () => {
    expect(headsWritten(store, asking('en', ['领先', '种类']), everyClause())).toEqual(['种类']);
    expect(headsWritten(store, asking('en', ['领先']), everyClause())).toEqual([]);
  });

  it("leaves a Chinese question's noun as written", () => {
    expect(headsWritten(store, asking('zh', ['领先', '种类']), everyClause())).toEqual(['领先', '种类']);
  });
});

describe("an English question's asked phrase", () => {
  it('is its translation as a whole, then the senses of its last word alone (system -> 制度)', () => {
    // The corpus lexicon translates; the question is written for the test.
    const asked = analyzeQuestion(
      corpusIndex().store,
      'What waste management system must a testing unit set up?',
    ).asked;
    expect(asked[0]).toBe('管理体系');
    expect(asked).toContain('制度');
    // Of them, the best clauses of the regulation above write the last word's sense, not the phrase's.
    expect(headsWritten(store, { lang: 'en', asked } as unknown as Question, everyClause())).toEqual(['制度']);
  });
});
