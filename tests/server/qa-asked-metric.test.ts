// What an English number question's metric is, when its nouns name something else (documents
// written for these tests, not from the corpus).
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/qa/answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// A revenue target, and a reward whose bar is revenue.
const PLAN = `# 湖南省医药产业高质量发展行动方案

## 一、主要目标

到2030年，全省医药产业营业收入达到3000亿元。

## 二、政策措施

（一）加大奖励力度。对营业收入首次超过10亿元的医药企业，给予一次性奖励100万元。
`;

let store: IndexStore;

beforeAll(async () => {
  store = await writtenIndex({ '湖南省医药产业高质量发展行动方案.md': PLAN });
});

describe('an English question for money granted', () => {
  it('takes the metric it names for the bar of the grant, not for what it asks', () => {
    const q = 'What one-off reward does Hunan give a pharma company whose revenue first passes 1 billion yuan?';
    expect(analyzeQuestion(store, q).metric).toBeUndefined();
    expect(ask(store, q).answer?.text).toContain('100万元');
  });

  it('still reads the metric of a question for a figure that is not a grant', () => {
    const q = 'What revenue does Hunan target for its pharma industry by 2030?';
    expect(analyzeQuestion(store, q).metric).toBeDefined();
    expect(ask(store, q).answer?.text).toContain('3000亿元');
  });
});

describe("an English question's year", () => {
  it('is its time, not a word to look for that no clause writes', () => {
    const q = analyzeQuestion(store, 'What revenue does Hunan target for its pharma industry by 2030?');
    expect(q.years).toContain(2030);
    expect(q.focus.every((f) => f.forms.length > 0)).toBe(true);
    expect(q.focus.some((f) => f.forms.includes('2030'))).toBe(false);
  });
});
