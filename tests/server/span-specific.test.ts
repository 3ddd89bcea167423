import { beforeAll, describe, expect, it } from 'vitest';
import { specificity } from '../../server/qa/span-specific.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// A plan written for the test: 基地 in every clause, 青木川康养走廊 in one.
let store: IndexStore;

beforeAll(async () => {
  const clauses = [
    '（一）建设原料药基地，推进产业集聚。',
    '（二）建设中药材种植基地，打造青木川康养走廊。',
    '（三）建设医疗器械基地，完善配套服务。',
    '（四）建设生物医药基地，引进龙头企业。',
  ];
  store = await writtenIndex({
    '湖南省医药产业发展方案.md': `# 湖南省医药产业发展方案\n\n## 一、重点任务\n\n${clauses.join('\n\n')}\n`,
  });
});

describe('how specific a span is', () => {
  it('is high for a name one clause writes and low for a word every clause writes', () => {
    const memo = new Map<string, number>();
    const name = specificity(store, '青木川康养走廊', memo);
    const common = specificity(store, '基地', memo);
    expect(name).toBeGreaterThan(0.3);
    expect(common).toBeLessThan(name / 2);
    // A phrase is as specific as its rarest word.
    expect(specificity(store, '中药材种植基地', memo)).toBeGreaterThan(common);
    expect(specificity(store, '，', memo)).toBe(0);
    expect(memo.get('基地')).toBe(common);
  });
});
