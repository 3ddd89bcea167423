import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { ask } from '../../server/qa/answer.ts';
import { analyzeQuestion } from '../../server/qa/question.ts';
import { IndexStore } from '../../server/search/index-store.ts';

// A plan written for these tests (not from the corpus): a revenue target, and a reward whose bar is revenue.
const PLAN = `# 湖南省医药产业高质量发展行动方案

## 一、主要目标

到2030年，全省医药产业营业收入达到3000亿元。

## 二、政策措施

（一）加大奖励力度。对营业收入首次超过10亿元的医药企业，给予一次性奖励100万元。
`;

let store: IndexStore;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-grant-'));
  writeFileSync(join(dir, '湖南省医药产业高质量发展行动方案.md'), PLAN);
  store = new IndexStore((await buildIndex(dir)).data);
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
