import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexStore } from '../../server/search/index-store.ts';
import { writtenIndex } from '../helpers/written-index.ts';

// A notice written for this test (not from the corpus): an English name holding everyday words, and a code.
const NOTICE = `湖南省重点实验室管理办法
第一条 重点实验室英文名称统一为 Hunan Key Laboratory of Pharmacy。
第二条 推动重点项目建设，企业应当符合GMP要求。
`;

let store: IndexStore;
beforeAll(async () => {
  store = await writtenIndex({ 'notice.md': NOTICE });
});

describe('an English word the corpus writes in Latin letters', () => {
  it('is searched by its senses too when it is an everyday word typed as one', () => {
    const [key] = store.translator.translate('key').concepts;
    expect(key?.source).toBe('dictionary');
    expect(key?.to).toEqual(expect.arrayContaining(['key', '重点']));
  });

  it('is searched as written when it is a code', () => {
    expect(store.translator.translate('GMP').concepts[0]?.to).toContain('gmp');
  });
});
