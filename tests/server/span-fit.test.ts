import { beforeAll, describe, expect, it } from 'vitest';
import { QA_DEFAULTS } from '../../server/qa/defaults.ts';
import { ask } from '../../server/qa/answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import { retrieve } from '../../server/qa/retrieve.ts';
import { answersWithStatement, rankSpans } from '../../server/qa/span-answer.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// A plan written for this test (not from the corpus): after 推广, once a single word, once a list.
const PLAN = `湖南省中医药健康服务行动方案
一、重点任务
加大养生保健推广力度。推广太极拳、八段锦、五禽戏等养生保健功法。
二、品牌建设
1. 实施“湘药精品”品牌战略，提升区域品牌影响力。
`;

let store: IndexStore;
beforeAll(async () => {
  store = await writtenIndex({ 'plan.md': PLAN });
});

function fits(question: string): Map<string, number> {
  const q = analyzeQuestion(store, question);
  const spans = rankSpans(store, q, retrieve(store, q, q.regions), QA_DEFAULTS.model.spans, q.regions);
  const out = new Map<string, number>();
  for (const c of spans) out.set(c.span.text, Math.max(out.get(c.span.text) ?? 0, c.fit));
  return out;
}

describe('how a gap filler fits a question for several', () => {
  it('a filler that enumerates fits a question for several better than a single word does', () => {
    const got = fits('湖南推广哪些养生保健功法？');
    const list = [...got].find(([t]) => t.includes('太极拳、八段锦'));
    const word = [...got].find(([t]) => t === '力度');
    expect(list).toBeDefined();
    expect(word).toBeDefined();
    expect(list![1]).toBeGreaterThan(word![1]);
  });
});

describe("what a what-question's name is given with", () => {
  it('is the statement around it, without the item label that opens its sentence', () => {
    const r = ask(store, '湖南实施什么品牌战略？', [], { threshold: 0 });
    expect(r.answer?.phrase).toContain('湘药精品');
    expect(r.answer?.text).toMatch(/^实施“湘药精品”品牌战略/);
  });
});

describe('which answers are given with their statement', () => {
  it('a what-question and a list of things asked for; not a list of authorities or places, nor one name', () => {
    const asks = (q: string) => answersWithStatement(analyzeQuestion(store, q));
    expect(asks('湖南实施什么品牌战略？')).toBe(true);
    expect(asks('湖南推广哪些养生保健功法？')).toBe(true);
    expect(asks('湖南由哪些部门负责伦理审查？')).toBe(false);
    expect(asks('湖南在哪些城市建设产业园？')).toBe(false);
    expect(asks('湖南由哪个部门负责伦理审查？')).toBe(false);
  });
});
